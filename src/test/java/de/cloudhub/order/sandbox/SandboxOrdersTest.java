package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.RawHttp.CUSTOMER;
import static de.cloudhub.order.sandbox.RawHttp.OTHER_CUSTOMER;
import static de.cloudhub.order.sandbox.RawHttp.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.cloudhub.order.testing.Wait;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SandboxOrdersTest extends SandboxTestBase {

    private static HttpResponse<String> place(String token, String body, String key) {
        return http.post("/orders", token, body, "Idempotency-Key", key);
    }

    private static JsonNode placeOk(String token, String body) {
        HttpResponse<String> response = place(token, body, newKey());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return http.json(response);
    }

    private static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @Test
    void validOrderIsCreatedAsNew() {
        HttpResponse<String> response = place(CUSTOMER, Orders.valid(), newKey());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = http.json(response);
        assertThat(order.path("id").asText()).isNotBlank();
        assertThat(order.path("customerId").asText()).isEqualTo("c-1001");
        assertThat(order.path("status").asText()).isEqualTo("new");
        assertThat(order.path("monthlyNet").asText()).isEqualTo(Orders.PRICE);
        assertThat(order.path("request").path("nodeSize").asText()).isEqualTo("a2-8");
        assertThat(order.path("history").get(0).path("status").asText()).isEqualTo("new");
        assertThat(order.path("connection").isNull()).isTrue();
        assertThat(order.path("failure").isNull()).isTrue();
        assertThat(order.at("/links/statusPage").asText()).isEqualTo(origin() + "/portal/orders/" + order.path("id").asText());
        assertThat(order.at("/links/supportTicket").asText()).startsWith(origin() + "/portal/support/new?order=");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith(order.path("id").asText()));
    }

    @Test
    void anOrderBilledInGermanyCarriesVat() {
        JsonNode order = placeOk(CUSTOMER, Orders.valid());

        assertThat(order.path("monthlyVat").asText()).isEqualTo("17.86");
        assertThat(order.path("reverseCharge").asBoolean()).isFalse();
    }

    @Test
    void anAustrianBusinessWithAVatIdIsBilledUnderReverseCharge() {
        JsonNode order = placeOk(CUSTOMER, Orders.withNewProfile("AT", "1010", "ATU12345678"));

        assertThat(order.path("monthlyNet").asText()).isEqualTo(Orders.PRICE);
        assertThat(order.path("monthlyVat").asText()).isEqualTo("0.00");
        assertThat(order.path("reverseCharge").asBoolean()).isTrue();
    }

    @Test
    void aSwissCustomerPaysVatBecauseSwitzerlandIsNotInTheEu() {
        JsonNode order = placeOk(CUSTOMER, Orders.withNewProfile("CH", "8001", ""));

        assertThat(order.path("monthlyVat").asText()).isEqualTo("17.86");
        assertThat(order.path("reverseCharge").asBoolean()).isFalse();
    }

    @Test
    void sameKeyAndBodyAnswersTheSameOrderOnce() {
        String key = newKey();
        JsonNode first = http.json(place(CUSTOMER, Orders.valid(), key));

        HttpResponse<String> again = place(CUSTOMER, Orders.valid(), key);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(http.json(again).path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(http.controlState().path("orders").asInt()).isEqualTo(1);
    }

    @Test
    void sameKeyWithDifferentBodyIsRefused() {
        String key = newKey();
        place(CUSTOMER, Orders.valid(), key);

        HttpResponse<String> other = place(CUSTOMER,
                Orders.body(null, "bp-1001-2", "a2-8", 100, "81.173.12.0/24", Orders.TERMS, true, Orders.PRICE), key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(http.json(other).path("code").asText()).isEqualTo("idempotency-key-reused");
        assertThat(http.controlState().path("orders").asInt()).isEqualTo(1);
    }

    @Test
    void missingIdempotencyKeyIsABadRequest() {
        HttpResponse<String> response = http.post("/orders", CUSTOMER, Orders.valid());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(http.json(response).path("code").asText()).isEqualTo("idempotency-key-missing");
    }

    @Test
    void idempotencyKeyThatIsNoUuidIsABadRequest() {
        HttpResponse<String> response = place(CUSTOMER, Orders.valid(), "order-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(http.json(response).path("code").asText()).isEqualTo("idempotency-key-invalid");
    }

    @Test
    void secondRequestWhileTheFirstRunsIsAConflict() {
        http.control("{\"faults\":[{\"method\":\"POST\",\"path\":\"/orders\",\"kind\":\"delay\",\"delayMillis\":1500}]}");
        String key = newKey();
        CompletableFuture<HttpResponse<String>> first = http.postAsync("/orders", CUSTOMER, Orders.valid(),
                "Idempotency-Key", key);
        Wait.until("the first request to claim its key", Duration.ofSeconds(5),
                () -> http.controlState().path("idempotencyKeys").asInt() == 1);

        HttpResponse<String> second = place(CUSTOMER, Orders.valid(), key);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(http.json(second).path("code").asText()).isEqualTo("request-in-progress");
        assertThat(first.join().statusCode()).isEqualTo(201);
        assertThat(http.controlState().path("orders").asInt()).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreRefusedWithOneErrorPerField() {
        HttpResponse<String> response = place(CUSTOMER,
                Orders.body(null, "bp-1001-1", "x9-1", 120, "10.0.0.1", Orders.TERMS, true, Orders.PRICE), newKey());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = http.json(response);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.path("code").asText()).isEqualTo("validation-failed");
        assertThat(errorFields(problem)).contains("nodeSize", "storageGb", "trustedSources[0].cidr").doesNotHaveDuplicates();
        problem.path("errors").forEach(e -> {
            assertThat(e.path("code").asText()).isNotBlank();
            assertThat(e.path("message").asText()).endsWith(".");
        });
        assertThat(http.controlState().path("orders").asInt()).isZero();
    }

    @Test
    void refusedRequestDoesNotUseUpItsKey() {
        String key = newKey();
        place(CUSTOMER, Orders.body(null, "bp-1001-1", "a2-8", 120, "81.173.12.0/24", Orders.TERMS, true,
                Orders.PRICE), key);

        HttpResponse<String> corrected = place(CUSTOMER, Orders.valid(), key);

        assertThat(corrected.statusCode()).isEqualTo(201);
    }

    @Test
    void changedPriceIsAConflictCarryingTheCurrentPrice() {
        http.control("{\"prices\":{\"nodeSizes\":{\"a2-8\":\"99.00\"},\"storagePerGb\":\"0.30\"}}");

        HttpResponse<String> response = place(CUSTOMER, Orders.valid(), newKey());

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = http.json(response);
        assertThat(problem.path("code").asText()).isEqualTo("price-changed");
        assertThat(problem.path("currentMonthlyNet").isTextual()).isTrue();
        assertThat(new java.math.BigDecimal(problem.path("currentMonthlyNet").asText())).isEqualByComparingTo("129.00");
        assertThat(http.controlState().path("orders").asInt()).isZero();
    }

    @Test
    void outdatedTermsAreRefused() {
        http.control("{\"termsVersion\":\"2026-12\"}");

        HttpResponse<String> response = place(CUSTOMER, Orders.valid(), newKey());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = http.json(response);
        assertThat(problem.path("code").asText()).isEqualTo("terms-outdated");
        assertThat(errorFields(problem)).containsExactly("terms");
        assertThat(problem.at("/errors/0/code").asText()).isEqualTo("terms.outdated");
    }

    @Test
    void termsNotAcceptedAreRefused() {
        HttpResponse<String> response = place(CUSTOMER,
                Orders.body(null, "bp-1001-1", "a2-8", 100, "81.173.12.0/24", Orders.TERMS, false, Orders.PRICE), newKey());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(http.json(response).path("code").asText()).isEqualTo("terms-not-accepted");
    }

    @Test
    void customerCannotOrderForAnotherCustomer() {
        HttpResponse<String> response = place(CUSTOMER, Orders.forCustomer("c-1002", "bp-1002-1"), newKey());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errorFields(http.json(response))).contains("customerId");
    }

    @Test
    void billingProfileOfAnotherCustomerIsRefused() {
        HttpResponse<String> response = place(CUSTOMER, Orders.forCustomer(null, "bp-1002-1"), newKey());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errorFields(http.json(response))).containsExactly("billing.profileId");
    }

    @Test
    void salesMustNameTheCustomer() {
        HttpResponse<String> response = place(SALES, Orders.valid(), newKey());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(http.json(response).at("/errors/0/field").asText()).isEqualTo("customerId");
    }

    @Test
    void salesWithoutCustomerGetsTheModelsCustomerRequiredCode() {
        HttpResponse<String> response = place(SALES, Orders.valid(), newKey());

        assertThat(http.json(response).at("/errors/0/code").asText()).isEqualTo("customer.required");
    }

    @Test
    void customerIdOfAnotherCustomerIsUnknown() {
        HttpResponse<String> response = place(CUSTOMER, Orders.forCustomer("c-1002", "bp-1002-1"), newKey());

        assertThat(http.json(response).at("/errors/0/code").asText()).isEqualTo("customer.unknown");
    }

    @Test
    void termsWithAnotherInvalidFieldAreAValidationFailure() {
        HttpResponse<String> response = place(CUSTOMER,
                Orders.body(null, "bp-1001-1", "a2-8", 120, "81.173.12.0/24", Orders.TERMS, false, Orders.PRICE), newKey());

        JsonNode problem = http.json(response);
        assertThat(problem.path("code").asText()).isEqualTo("validation-failed");
        assertThat(errorFields(problem)).containsExactly("storageGb", "terms");
        assertThat(problem.at("/errors/1/code").asText()).isEqualTo("terms.notAccepted");
    }

    @Test
    void salesOrdersForAnyCustomer() {
        JsonNode order = placeOk(SALES, Orders.forCustomer("c-1002", "bp-1002-1"));

        assertThat(order.path("customerId").asText()).isEqualTo("c-1002");
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        String id = placeOk(SALES, Orders.forCustomer("c-1002", "bp-1002-1")).path("id").asText();

        assertThat(http.get("/orders/" + id, CUSTOMER).statusCode()).isEqualTo(404);
        assertThat(http.get("/orders/" + id, OTHER_CUSTOMER).statusCode()).isEqualTo(200);
        assertThat(http.json(http.get("/orders", CUSTOMER))).isEmpty();
        assertThat(http.get("/orders?customerId=c-1002", CUSTOMER).statusCode()).isEqualTo(404);
    }

    @Test
    void ordersAreListedByCustomerAndStatus() {
        placeOk(CUSTOMER, Orders.valid());
        placeOk(SALES, Orders.forCustomer("c-1002", "bp-1002-1"));

        assertThat(http.json(http.get("/orders", SALES))).hasSize(2);
        assertThat(http.json(http.get("/orders?customerId=c-1001", SALES))).hasSize(1);
        assertThat(http.json(http.get("/orders?status=new", CUSTOMER))).hasSize(1);
        assertThat(http.json(http.get("/orders?status=DONE", CUSTOMER))).isEmpty();
        assertThat(http.get("/orders?status=shipped", CUSTOMER).statusCode()).isEqualTo(400);
    }

    @Test
    void anOrderIsFoundByTheKeyThatPlacedIt() {
        String key = newKey();
        String id = http.json(place(CUSTOMER, Orders.valid(), key)).path("id").asText();
        placeOk(CUSTOMER, Orders.valid());

        HttpResponse<String> found = http.get("/orders?idempotencyKey=" + key.toUpperCase(java.util.Locale.ROOT), CUSTOMER);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(http.json(found)).hasSize(1);
        assertThat(http.json(found).get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void aKeyReusedForAnotherBodyStillFindsTheOrderItPlaced() {
        String key = newKey();
        String id = http.json(place(CUSTOMER, Orders.valid(), key)).path("id").asText();
        String edited = Orders.body(null, "bp-1001-2", "a2-8", 100, "81.173.12.0/24", Orders.TERMS, true, Orders.PRICE);
        assertThat(place(CUSTOMER, edited, key).statusCode()).isEqualTo(422);
        placeOk(CUSTOMER, edited);

        JsonNode found = http.json(http.get("/orders?idempotencyKey=" + key, CUSTOMER));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void aKeyThatPlacedNothingFindsNoOrder() {
        placeOk(CUSTOMER, Orders.valid());
        String refusedKey = newKey();
        place(CUSTOMER, Orders.body(null, "bp-unknown", "a2-8", 100, "81.173.12.0/24", Orders.TERMS, true,
                Orders.PRICE), refusedKey);

        assertThat(http.json(http.get("/orders?idempotencyKey=" + newKey(), CUSTOMER))).isEmpty();
        assertThat(http.json(http.get("/orders?idempotencyKey=" + refusedKey, CUSTOMER))).isEmpty();
    }

    @Test
    void anotherUsersKeyFindsNothingEvenForSales() {
        String key = newKey();
        place(CUSTOMER, Orders.valid(), key);

        assertThat(http.json(http.get("/orders?idempotencyKey=" + key, OTHER_CUSTOMER))).isEmpty();
        assertThat(http.json(http.get("/orders?idempotencyKey=" + key, SALES))).isEmpty();
    }

    @Test
    void anIdempotencyKeyFilterThatIsNoUuidIsABadRequest() {
        HttpResponse<String> response = http.get("/orders?idempotencyKey=not-a-key", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(http.json(response))).containsExactly("idempotencyKey");
    }

    @Test
    void orderAnswers304UntilItChanges() {
        http.control("{\"durations\":{\"newMillis\":300,\"processingSeconds\":60}}");
        String id = placeOk(CUSTOMER, Orders.valid()).path("id").asText();
        String etag = http.get("/orders/" + id, CUSTOMER).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> unchanged = http.get("/orders/" + id, CUSTOMER, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        Wait.until("the order to change", Duration.ofSeconds(5),
                () -> http.get("/orders/" + id, CUSTOMER, "If-None-Match", etag).statusCode() == 200);
        HttpResponse<String> changed = http.get("/orders/" + id, CUSTOMER, "If-None-Match", etag);
        assertThat(http.json(changed).path("status").asText()).isEqualTo("processing");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void orderReachesDoneWithConnection() {
        http.control("{\"durations\":{\"newMillis\":50,\"processingMillis\":50}}");
        String id = placeOk(CUSTOMER, Orders.valid()).path("id").asText();

        Wait.until("the order to be DONE", Duration.ofSeconds(5),
                () -> "DONE".equals(http.json(http.get("/orders/" + id, CUSTOMER)).path("status").asText()));

        JsonNode order = http.json(http.get("/orders/" + id, CUSTOMER));
        List<String> statuses = new ArrayList<>();
        order.path("history").forEach(h -> statuses.add(h.path("status").asText()));
        assertThat(statuses).containsExactly("new", "processing", "DONE");
        assertThat(order.at("/history/2/at").asText()).isNotBlank();
        assertThat(order.at("/connection/host").asText()).isEqualTo(id + ".valkey.de-north.sandbox.cloudhub.example");
        assertThat(order.at("/connection/port").asInt()).isEqualTo(6380);
        assertThat(order.at("/connection/tls").asBoolean()).isTrue();
        assertThat(order.path("failure").isNull()).isTrue();
    }

    @Test
    void orderFailsWithTheReasonSet() {
        http.control("{\"durations\":{\"newMillis\":50,\"processingMillis\":50},"
                + "\"nextOutcomes\":[{\"status\":\"failed\",\"reason\":\"Keine Kapazität in DE-NORTH.\"}]}");
        String id = placeOk(CUSTOMER, Orders.valid()).path("id").asText();

        Wait.until("the order to fail", Duration.ofSeconds(5),
                () -> "failed".equals(http.json(http.get("/orders/" + id, CUSTOMER)).path("status").asText()));

        JsonNode order = http.json(http.get("/orders/" + id, CUSTOMER));
        assertThat(order.at("/failure/reason").asText()).isEqualTo("Keine Kapazität in DE-NORTH.");
        assertThat(order.path("connection").isNull()).isTrue();
    }

    @Test
    void statusAndSupportLinksServePages() {
        JsonNode order = placeOk(CUSTOMER, Orders.valid());

        HttpResponse<String> status = http.getAbsolute(order.at("/links/statusPage").asText());
        HttpResponse<String> support = http.getAbsolute(order.at("/links/supportTicket").asText());

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains(order.path("id").asText());
        assertThat(support.statusCode()).isEqualTo(200);
        assertThat(support.body()).contains(order.path("id").asText());
    }
}
