package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.HostileServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers of a hostile implementation of our contract (issue 7, section 5): endless lists, absurd
 * numbers, far-off dates and missing texts are refused or given a fallback where the answer is read,
 * never handed to the UI. Every test is its own server's crafted answer, on loopback.
 */
@Timeout(30)
class HostileAnswersTest {
    private static final ObjectMapper JSON = ModelJson.newMapper();
    private static JsonNode catalog;
    private static JsonNode terms;
    private static JsonNode order;

    private final HostileServer server = new HostileServer();
    private final ApiClient client = new ApiClient(TestConfigs.fast(server.baseUri(), "t"));

    @BeforeAll
    static void takeTheSandboxAnswers() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient sandboxClient = new ApiClient(TestConfigs.fast(sandbox.baseUri(), "demo-customer"))) {
            HttpClient http = HttpClient.newHttpClient();
            catalog = fetch(http, sandbox.baseUri(), "catalog");
            terms = fetch(http, sandbox.baseUri(), "terms");
            Catalog c = sandboxClient.catalog();
            Terms t = sandboxClient.terms();
            var service = c.services().get(0);
            var placed = sandboxClient.placeOrder(new OrderRequest(null, service.id(), "a2-8", 100,
                    List.of(new de.cloudhub.order.model.TrustedSource("81.173.12.0/24", "Büro")), false,
                    service.regions().get(0).id(), null,
                    new de.cloudhub.order.model.BillingChoice("bp-1001-1", null),
                    new de.cloudhub.order.model.TermsAcceptance(t.version(), true),
                    new java.math.BigDecimal("94.00"), null), UUID.randomUUID());
            order = JSON.valueToTree(placed);
        }
    }

    private static JsonNode fetch(HttpClient http, URI base, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/" + path))
                .header("Authorization", "Bearer demo-customer").build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void serveCatalog(Consumer<ObjectNode> breakIt) {
        ObjectNode copy = catalog.deepCopy();
        breakIt.accept(copy);
        server.json("catalog", copy.toString());
    }

    private static ObjectNode service(ObjectNode catalog) {
        return (ObjectNode) catalog.withArray("services").get(0);
    }

    private static ObjectNode nodeSize(ObjectNode catalog, int i) {
        return (ObjectNode) service(catalog).withArray("nodeSizes").get(i);
    }

    private void serveOrder(Consumer<ObjectNode> breakIt) {
        ObjectNode copy = order.deepCopy();
        breakIt.accept(copy);
        server.json("orders/ord-1", copy.toString());
    }

    // --- the starting point is usable

    @Test
    void theSandboxAnswersPass() {
        serveCatalog(c -> { });
        serveOrder(o -> { });
        assertThat(client.catalog().services()).isNotEmpty();
        assertThat(client.order("ord-1").history()).isNotEmpty();
    }

    // --- Unbounded lists

    @Test
    void aCatalogOfTenThousandNodeSizesIsRefusedWithTheLimit() {
        serveCatalog(c -> {
            ArrayNode sizes = service(c).putArray("nodeSizes");
            for (int i = 0; i < 10_000; i++) {
                sizes.addObject().put("id", "a" + i + "-8").put("series", "a").put("vcpu", 2).put("ramGb", 8)
                        .put("monthlyNet", "69.00");
            }
        });
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].nodeSizes has 10000 node sizes, more than the 100");
    }

    @Test
    void aCatalogWithMoreRegionsThanAllowedIsRefused() {
        serveCatalog(c -> {
            ArrayNode regions = service(c).putArray("regions");
            for (int i = 0; i <= AnswerChecks.MAX_REGIONS; i++) {
                regions.addObject().put("id", "R-" + i);
            }
        });
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("regions has 51 regions, more than the 50");
    }

    @Test
    void anOrderWithFifteenThousandHistoryEntriesIsRefused() {
        serveOrder(o -> {
            ArrayNode history = o.putArray("history");
            for (int i = 0; i < 15_000; i++) {
                history.addObject().put("status", "processing").put("at", "2026-05-04T09:15:02Z");
            }
        });
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("history has 15000 entries, more than the 1000");
    }

    @Test
    void moreOrdersInOneAnswerThanAPageHoldsAreRefused() {
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i <= AnswerChecks.MAX_ORDERS_PER_PAGE; i++) {
            list.addObject().put("id", "ord-" + i).put("status", "new");
        }
        server.json("orders", list.toString());
        assertThatThrownBy(() -> client.orders(null, null)).isInstanceOf(ApiProtocolException.class)
                .hasMessage("The answer to GET /api/v1/orders has 101 orders, more than the 100 the contract allows.");
    }

    @Test
    void moreCustomersThanTheLargestLimitAreRefused() {
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i <= AnswerChecks.MAX_CUSTOMERS; i++) {
            list.addObject().put("id", "c-" + i).put("name", "C " + i);
        }
        server.json("customers", list.toString());
        assertThatThrownBy(() -> client.customers(null, 100)).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("has 101 customers, more than the 100");
    }

    @Test
    void moreBillingProfilesThanAllowedAreRefused() {
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i <= AnswerChecks.MAX_BILLING_PROFILES; i++) {
            list.addObject().put("id", "bp-" + i);
        }
        server.json("customers/c1/billing-profiles", list.toString());
        assertThatThrownBy(() -> client.billingProfiles("c1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("has 201 billing profiles, more than the 200");
    }

    // --- Numbers

    @Test
    void aPriceOfOneFollowedByAHundredMillionZerosIsRefusedAtOnce() {
        serveCatalog(c -> nodeSize(c, 0).put("monthlyNet", "1e100000000"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].nodeSizes[0].monthlyNet is not below 1000000000");
    }

    @Test
    void aPriceOfTenToThe308IsRefused() {
        serveOrder(o -> o.put("monthlyNet", "1e308"));
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("monthlyNet is not below");
    }

    @Test
    void aPriceOfExactlyOneBillionIsRefused() {
        serveCatalog(c -> ((ObjectNode) service(c).get("storage")).put("monthlyNetPerGb", "1000000000.00"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("storage.monthlyNetPerGb is not below");
    }

    @Test
    void aPriceWithFiveDecimalsIsRefused() {
        serveCatalog(c -> nodeSize(c, 0).put("monthlyNet", "69.00001"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("nodeSizes[0].monthlyNet has more than 4 decimals");
    }

    @Test
    void aPriceWithFourDecimalsAndTrailingZerosIsAccepted() {
        serveCatalog(c -> nodeSize(c, 0).put("monthlyNet", "69.12340000"));
        assertThat(client.catalog().services().get(0).nodeSizes().get(0).monthlyNet())
                .isEqualByComparingTo("69.1234");
    }

    @Test
    void aNegativeVcpuCountIsRefused() {
        serveCatalog(c -> nodeSize(c, 1).put("vcpu", -4));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("nodeSizes[1].vcpu is not between 1 and 1024");
    }

    @Test
    void aRamOfZeroIsRefused() {
        serveCatalog(c -> nodeSize(c, 1).put("ramGb", 0));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("nodeSizes[1].ramGb is not between 1 and 65536");
    }

    @Test
    void aStorageRangeBeyondAPetabyteIsRefused() {
        serveCatalog(c -> ((ObjectNode) service(c).get("storage")).put("minGb", 2_000_000_000)
                .put("maxGb", 2_000_000_050));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].storage is no usable range");
    }

    @Test
    void aNodeSizeWithoutSeriesIsRefused() {
        serveCatalog(c -> nodeSize(c, 2).putNull("series"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("nodeSizes[2].series is missing");
    }

    @Test
    void aChangedPriceOfAbsurdSizeIsReportedAsAnUnknownPrice() {
        server.on("orders", HostileServer.json(409, "{\"status\":409,\"code\":\"price-changed\","
                + "\"title\":\"Price changed\",\"errors\":[],\"currentMonthlyNet\":\"1e100000000\"}"));
        OrderRequest request = JSON.convertValue(order.get("request"), OrderRequest.class);
        assertThatThrownBy(() -> client.placeOrder(request, UUID.randomUUID()))
                .isInstanceOfSatisfying(PriceChangedException.class, pc -> assertThat(pc.currentMonthlyNet()).isNull());
    }

    // --- Dates

    @Test
    void anOrderCreatedInTheYearOneBillionIsRefused() {
        serveOrder(o -> o.put("createdAt", "+1000000000-12-31T23:59:59Z"));
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("createdAt is not between the years 2000 and 2200");
    }

    @Test
    void aStatusChangeInTheYear99999IsRefused() {
        serveOrder(o -> ((ObjectNode) o.withArray("history").get(0)).put("at", "+99999-01-01T00:00:00Z"));
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("history[0].at is not between the years 2000 and 2200");
    }

    @Test
    void anUpdateBeforeTheYear2000IsRefused() {
        serveOrder(o -> o.put("updatedAt", "1970-01-01T00:00:00Z"));
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("updatedAt is not between");
    }

    // --- Nulls

    @Test
    void aNullStatusChangeIsRefused() {
        serveOrder(o -> o.withArray("history").addNull());
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("GET /api/v1/orders/ord-1 does not have the expected form");
    }

    @Test
    void aRegionWithoutNameIsNamedByItsId() {
        serveCatalog(c -> ((ObjectNode) service(c).withArray("regions").get(0)).putNull("name"));
        Region region = client.catalog().services().get(0).regions().get(0);
        assertThat(region.name().in(Locale.GERMAN)).isEqualTo(region.id());
    }

    @Test
    void aServiceWithoutNameOrDescriptionIsNamedByItsId() {
        serveCatalog(c -> service(c).putNull("name").putNull("description"));
        var service = client.catalog().services().get(0);
        assertThat(service.name().in(Locale.ENGLISH)).isEqualTo(service.id());
        assertThat(service.description().in(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aTermsDocumentWithoutTitleHasAnEmptyTitleNotNull() {
        ObjectNode copy = terms.deepCopy();
        ((ObjectNode) copy.withArray("documents").get(0)).putNull("title");
        server.json("terms", copy.toString());
        assertThat(client.terms().documents().get(0).title().in(Locale.GERMAN)).isEmpty();
    }

    @Test
    void termsWithAnEmptyAcceptanceSentenceAreRefused() {
        ObjectNode copy = terms.deepCopy();
        copy.putObject("acceptance").put("de", " ").putNull("en");
        server.json("terms", copy.toString());
        assertThatThrownBy(client::terms).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("acceptance is missing");
    }

    @Test
    void aPriceWithAHundredMillionDecimalsIsRefusedAtOnce() {
        serveCatalog(c -> nodeSize(c, 0).put("monthlyNet", "1e-100000000"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("nodeSizes[0].monthlyNet has more than 4 decimals");
    }
}
