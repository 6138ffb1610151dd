package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.sandbox.SandboxServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that are valid JSON of the wrong shape (missing ids, impossible numbers) end in one clear
 * {@link ApiProtocolException} naming the field, never in a value that makes the UI throw or loop.
 * The sandbox's own answers are the starting point; a loopback server serves them broken.
 */
class WrongShapeAnswersTest {
    private static final ObjectMapper JSON = ModelJson.newMapper();
    private static JsonNode catalog;
    private static JsonNode me;
    private static JsonNode terms;

    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private HttpServer server;
    private ApiClient client;

    @BeforeAll
    static void takeTheSandboxAnswers() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(0)) {
            HttpClient http = HttpClient.newHttpClient();
            catalog = fetch(http, sandbox.baseUri(), "catalog");
            me = fetch(http, sandbox.baseUri(), "me");
            terms = fetch(http, sandbox.baseUri(), "terms");
        }
    }

    private static JsonNode fetch(HttpClient http, URI base, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/" + path))
                .header("Authorization", "Bearer demo-customer").build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/api/v1/".length());
            String body = bodies.getOrDefault(name, "{}");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        client = new ApiClient(TestConfigs.fast(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1"), "t"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private void serveCatalog(Consumer<ObjectNode> breakIt) {
        ObjectNode copy = catalog.deepCopy();
        breakIt.accept(copy);
        bodies.put("catalog", copy.toString());
    }

    private static ObjectNode service(ObjectNode catalog) {
        return (ObjectNode) catalog.withArray("services").get(0);
    }

    @Test
    void theSandboxCatalogPasses() {
        serveCatalog(c -> { });
        assertThat(client.catalog().services()).isNotEmpty();
    }

    @Test
    void aServiceWithoutIdIsAProtocolError() {
        serveCatalog(c -> service(c).remove("id"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("/catalog").hasMessageContaining("services[0].id");
    }

    @Test
    void aNodeSizeWithoutPriceIsAProtocolError() {
        serveCatalog(c -> ((ObjectNode) service(c).withArray("nodeSizes").get(1)).putNull("monthlyNet"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].nodeSizes[1].monthlyNet");
    }

    @Test
    void aNegativePriceIsAProtocolError() {
        serveCatalog(c -> ((ObjectNode) service(c).withArray("nodeSizes").get(0)).put("monthlyNet", "-10.00"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].nodeSizes[0].monthlyNet");
    }

    @Test
    void aStorageRangeWithAZeroStepIsAProtocolError() {
        serveCatalog(c -> ((ObjectNode) service(c).get("storage")).put("stepGb", 0));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].storage");
    }

    @Test
    void aStorageRangeOfBillionsOfStepsIsAProtocolError() {
        serveCatalog(c -> ((ObjectNode) service(c).get("storage")).put("stepGb", 1).put("maxGb", Integer.MAX_VALUE));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].storage");
    }

    @Test
    void aMissingStorageIsAProtocolError() {
        serveCatalog(c -> service(c).remove("storage"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].storage");
    }

    @Test
    void aRegionWithoutIdIsAProtocolError() {
        serveCatalog(c -> ((ObjectNode) service(c).withArray("regions").get(0)).remove("id"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("services[0].regions[0].id");
    }

    @Test
    void aVatRateOutOfRangeIsAProtocolError() {
        serveCatalog(c -> c.put("vatRate", "19"));
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("vatRate");
    }

    @Test
    void nullServicesInTheListAreAProtocolError() {
        serveCatalog(c -> c.withArray("services").addNull());
        assertThatThrownBy(client::catalog).isInstanceOf(ApiProtocolException.class);
    }

    @Test
    void termsWithoutVersionOrAcceptanceTextAreAProtocolError() {
        ObjectNode broken = terms.deepCopy();
        broken.remove("acceptance");
        bodies.put("terms", broken.toString());
        assertThatThrownBy(client::terms).isInstanceOf(ApiProtocolException.class).hasMessageContaining("acceptance");
    }

    @Test
    void aCustomerWithoutCustomerIsAProtocolError() {
        ObjectNode broken = me.deepCopy();
        broken.putNull("customer");
        bodies.put("me", broken.toString());
        assertThatThrownBy(client::me).isInstanceOf(ApiProtocolException.class).hasMessageContaining("customer");
    }

    @Test
    void anOrderWithoutIdIsAProtocolError() {
        bodies.put("orders/ord-1", "{\"status\":\"new\"}");
        assertThatThrownBy(() -> client.order("ord-1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("id");
    }

    @Test
    void aListOfOrdersWithOneWithoutIdIsAProtocolError() {
        ArrayNode list = JSON.createArrayNode();
        list.addObject().put("id", "ord-1").put("status", "new");
        list.addObject().put("status", "new");
        bodies.put("orders", list.toString());
        assertThatThrownBy(() -> client.orders(null, null)).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("[1].id");
    }

    @Test
    void anOrderWithAnUnknownStatusIsAccepted() {
        bodies.put("orders/ord-1", "{\"id\":\"ord-1\",\"status\":\"teleporting\"}");
        assertThat(client.order("ord-1").status()).isEqualTo("teleporting");
    }

    @Test
    void aBillingProfileWithoutIdIsAProtocolError() {
        bodies.put("customers/c1/billing-profiles", "[{\"company\":\"X\"}]");
        assertThatThrownBy(() -> client.billingProfiles("c1")).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("[0].id");
    }
}
