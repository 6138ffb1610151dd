package de.cloudhub.order.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.sandbox.SandboxServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A sandbox on a free loopback port plus its control API (docs/sandbox-control.md), reached with the
 * JDK's own HTTP client so the client under test is never used to set up its own test.
 */
final class SandboxFixture implements AutoCloseable {
    static final String CUSTOMER_TOKEN = "demo-customer";
    static final String OTHER_CUSTOMER_TOKEN = "demo-customer-2";
    static final String SALES_TOKEN = "demo-sales";
    static final String SERVICE_ID = "caas-valkey-8";

    private final SandboxServer server = SandboxServer.start(0);
    private final HttpClient control = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper mapper = ModelJson.newMapper();

    URI baseUri() {
        return server.baseUri();
    }

    /** Back to the start state, with order timers long enough not to move orders during a test. */
    void reset() {
        control("{\"reset\":true,\"durations\":{\"newSeconds\":600,\"processingSeconds\":600}}");
    }

    /** Sets faults for the next matching requests, e.g. {@code fault("POST", "/orders", "close-after-store", 1, "")}. */
    void fault(String method, String path, String kind, int count, String extra) {
        control("{\"faults\":[{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"kind\":\"" + kind
                + "\",\"count\":" + count + (extra.isEmpty() ? "" : "," + extra) + "}]}");
    }

    JsonNode control(String json) {
        return exchange(HttpRequest.newBuilder(controlUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The sandbox's own view: {@code orders}, {@code idempotencyKeys}, settings. */
    JsonNode state() {
        return exchange(HttpRequest.newBuilder(controlUri()).GET().build());
    }

    int ordersOnServer() {
        return state().path("orders").asInt(-1);
    }

    ApiClient client(String token) {
        return new ApiClient(TestConfigs.fast(baseUri(), token));
    }

    /** A complete, valid order for the demo customer at the catalog's current price. */
    static OrderRequest validOrder(Catalog catalog, String termsVersion) {
        return validOrder(catalog, termsVersion, "bp-1001-1", "c-1001");
    }

    static OrderRequest validOrder(Catalog catalog, String termsVersion, String profileId, String customerId) {
        ServiceOffering service = catalog.service(SERVICE_ID).orElseThrow();
        NodeSize node = service.nodeSize("a4-16").orElseThrow();
        int storage = service.storage().minGb() * 2;
        BigDecimal price = node.monthlyNet()
                .add(service.storage().monthlyNetPerGb().multiply(BigDecimal.valueOf(storage)));
        return new OrderRequest(customerId, SERVICE_ID, node.id(), storage,
                List.of(new TrustedSource("80.156.25.10/32", "office")), false,
                service.regions().get(0).id(), service.defaultMaxmemoryPolicy(), BillingChoice.existing(profileId),
                new TermsAcceptance(termsVersion, true), price, "PO-4711");
    }

    private URI controlUri() {
        return URI.create(baseUri() + "/sandbox/control");
    }

    private JsonNode exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = control.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("sandbox control refused: " + response.body());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("sandbox control unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
