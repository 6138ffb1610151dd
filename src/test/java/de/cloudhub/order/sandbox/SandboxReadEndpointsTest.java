package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.RawHttp.CUSTOMER;
import static de.cloudhub.order.sandbox.RawHttp.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.Terms;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SandboxReadEndpointsTest extends SandboxTestBase {

    @Test
    void requestWithoutTokenIsUnauthorized() {
        HttpResponse<String> response = http.get("/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        JsonNode problem = http.json(response);
        assertThat(problem.path("code").asText()).isEqualTo("unauthorized");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    @Test
    void unknownTokenIsUnauthorized() {
        assertThat(http.get("/catalog", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void meNamesTheCustomerOfACustomerToken() throws Exception {
        Me me = http.mapper.readValue(http.get("/me", CUSTOMER).body(), Me.class);

        assertThat(me.role()).isEqualTo("customer");
        assertThat(me.customer().name()).isEqualTo("Muster GmbH");
        assertThat(me.user().name()).isNotBlank();
    }

    @Test
    void meOfASalesTokenHasNoCustomer() throws Exception {
        HttpResponse<String> response = http.get("/me", SALES);
        Me me = http.mapper.readValue(response.body(), Me.class);

        assertThat(me.role()).isEqualTo("sales");
        assertThat(me.customer()).isNull();
        assertThat(http.json(response).has("customer")).isTrue();
    }

    @Test
    void catalogListsTheProvidersNodeSizesWithDecimalStringPrices() throws Exception {
        HttpResponse<String> response = http.get("/catalog", CUSTOMER);
        Catalog catalog = http.mapper.readValue(response.body(), Catalog.class);

        assertThat(catalog.currency()).isEqualTo("EUR");
        assertThat(http.json(response).path("vatRate").isTextual()).isTrue();
        ServiceOffering service = catalog.service("caas-valkey-8").orElseThrow();
        assertThat(service.nodeSizes()).extracting(NodeSize::id).containsExactly("b2-4", "b4-8", "b8-16", "b16-32",
                "b32-64", "a2-8", "a4-16", "a8-32", "a16-64", "a32-128", "r2-16", "r4-32", "r8-64", "r16-128");
        assertThat(service.storage().minGb()).isEqualTo(50);
        assertThat(service.storage().maxGb()).isEqualTo(500);
        assertThat(service.storage().stepGb()).isEqualTo(50);
        assertThat(service.regions()).extracting(r -> r.id()).containsExactly("DE-NORTH", "DE-WEST");
        assertThat(service.maxTrustedSources()).isEqualTo(100);
        assertThat(service.defaultMaxmemoryPolicy()).isEqualTo("volatile-lru");
        assertThat(http.json(response).at("/services/0/nodeSizes/0/monthlyNet").isTextual()).isTrue();
    }

    @Test
    void catalogAnswers304ForItsOwnEtag() {
        String etag = http.get("/catalog", CUSTOMER).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get("/catalog", CUSTOMER, "If-None-Match", etag);

        assertThat(etag).startsWith("\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void catalogEtagChangesWithThePrices() {
        String etag = http.get("/catalog", CUSTOMER).headers().firstValue("ETag").orElseThrow();
        http.control("{\"prices\":{\"nodeSizes\":{\"a2-8\":\"99.00\"}}}");

        HttpResponse<String> again = http.get("/catalog", CUSTOMER, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(http.json(again).at("/services/0/nodeSizes/5/monthlyNet").asText()).isEqualTo("99.00");
    }

    @Test
    void termsCarryVersionAcceptanceAndDocumentsServedByTheSandbox() throws Exception {
        Terms terms = http.mapper.readValue(http.get("/terms", CUSTOMER).body(), Terms.class);

        assertThat(terms.version()).isEqualTo(Orders.TERMS);
        assertThat(terms.acceptance().de()).isNotBlank();
        assertThat(terms.acceptance().en()).isNotBlank();
        assertThat(terms.documents()).isNotEmpty();
        HttpResponse<String> page = http.getAbsolute(terms.documents().get(0).url());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    }

    @Test
    void clientAddressIsTheConfiguredPublicAddress() {
        assertThat(http.json(http.get("/client-address", CUSTOMER)).path("address").asText()).isEqualTo("81.173.12.34");

        http.control("{\"clientAddress\":\"2a01:4f8::1\"}");

        assertThat(http.json(http.get("/client-address", CUSTOMER)).path("address").asText()).isEqualTo("2a01:4f8::1");
    }

    @Test
    void customersAreForbiddenToCustomerTokens() {
        HttpResponse<String> response = http.get("/customers", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(http.json(response).path("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void salesListsSeveralCustomers() {
        JsonNode customers = http.json(http.get("/customers?query=&limit=10", SALES));

        assertThat(customers.size()).isGreaterThanOrEqualTo(3);
        assertThat(customers.get(0).path("number").asText()).isNotBlank();
    }

    @Test
    void salesSearchesCustomersByName() {
        JsonNode customers = http.json(http.get("/customers?query=muster&limit=5", SALES));

        assertThat(customers).hasSize(1);
        assertThat(customers.get(0).path("name").asText()).isEqualTo("Muster GmbH");
    }

    @Test
    void customerListLimitOutOfRangeIsABadRequest() {
        assertThat(http.get("/customers?limit=0", SALES).statusCode()).isEqualTo(400);
    }

    @Test
    void customerSeesItsOwnTwoBillingProfiles() {
        JsonNode profiles = http.json(http.get("/customers/c-1001/billing-profiles", CUSTOMER));

        assertThat(profiles).hasSize(2);
        assertThat(profiles.get(0).path("company").asText()).isEqualTo("Muster GmbH");
        assertThat(profiles.get(0).path("vatId").asText()).isEqualTo("DE123456789");
    }

    @Test
    void anotherCustomersBillingProfilesAreNotFound() {
        HttpResponse<String> response = http.get("/customers/c-1002/billing-profiles", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(http.json(response).path("code").asText()).isEqualTo("not-found");
    }

    @Test
    void salesSeesBillingProfilesOfAnyCustomer() {
        assertThat(http.json(http.get("/customers/c-1002/billing-profiles", SALES))).isNotEmpty();
        assertThat(http.get("/customers/c-9999/billing-profiles", SALES).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathIsNotFoundAsProblem() {
        HttpResponse<String> response = http.get("/nothing-here", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void wrongMethodIsRefusedWithAllowHeader() {
        HttpResponse<String> response = http.post("/catalog", CUSTOMER, "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }
}
