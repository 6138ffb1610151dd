package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.PriceCalculator;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.sandbox.SandboxServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A real sandbox on loopback with a customer client that gives up fast (one try, short timeouts),
 * the sandbox's control API (spoken with the JDK's HTTP client: it is not part of our API layer)
 * and a way to place a valid order.
 */
final class SandboxFixture implements AutoCloseable {
    static final String CUSTOMER_TOKEN = "demo-customer";

    final SandboxServer sandbox;
    final ApiClient api;
    private final HttpClient control = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SandboxFixture() {
        sandbox = SandboxServer.start(0);
        api = new ApiClient(fastConfig(sandbox.baseUri()));
    }

    static ApiConfig fastConfig(URI base) {
        return new ApiConfig(base, CUSTOMER_TOKEN, Duration.ofMillis(500), Duration.ofSeconds(2), 1,
                Duration.ofMillis(20), "CloudhubOrder/test");
    }

    /** POSTs {@code json} to the sandbox control API; fails the test when refused. */
    void control(String json) {
        try {
            HttpResponse<String> response = control.send(HttpRequest.newBuilder(
                            URI.create(sandbox.baseUri() + "/sandbox/control"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("control refused " + json + ": " + response.body());
            }
        } catch (IOException e) {
            throw new AssertionError("control failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    void durations(long newMillis, long processingMillis) {
        control("{\"durations\":{\"newMillis\":" + newMillis + ",\"processingMillis\":" + processingMillis + "}}");
    }

    void nextFails(String reason) {
        control("{\"nextOutcomes\":[{\"status\":\"failed\",\"reason\":\"" + reason + "\"}]}");
    }

    /** The next {@code count} requests to GET {@code path} meet {@code kind}. */
    void fault(String kind, String path, int count) {
        control("{\"faults\":[{\"kind\":\"" + kind + "\",\"path\":\"" + path + "\",\"method\":\"GET\",\"count\":"
                + count + ",\"retryAfterSeconds\":0}]}");
    }

    /** Places a valid order for the demo customer (smallest node, 50 GB, DE-NORTH). */
    Order placeOrder() {
        Catalog catalog = api.catalog();
        ServiceOffering service = catalog.services().get(0);
        String nodeSize = service.nodeSizes().get(0).id();
        String customerId = api.me().customer().id();
        String profile = api.billingProfiles(customerId).get(0).id();
        OrderRequest request = new OrderRequest(customerId, service.id(), nodeSize, 50,
                List.of(new TrustedSource("93.184.216.34/32", "office")), false, service.regions().get(0).id(),
                service.defaultMaxmemoryPolicy(), BillingChoice.existing(profile),
                new TermsAcceptance(api.terms().version(), true),
                PriceCalculator.quote(catalog, service.id(), nodeSize, 50).orElseThrow().net(), "PO-4711");
        return api.placeOrder(request, UUID.randomUUID());
    }

    @Override
    public void close() {
        api.close();
        sandbox.close();
    }
}
