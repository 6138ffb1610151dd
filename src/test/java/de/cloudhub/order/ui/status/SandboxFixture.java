package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.SandboxDemo;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * A real sandbox on loopback with a customer client that gives up fast (one try, short timeouts),
 * the test's own line to the sandbox's control API, and a way to place a valid order.
 */
final class SandboxFixture extends LoopbackSandbox {
    final ApiClient api = new ApiClient(fastConfig(baseUri()));

    private static ApiConfig fastConfig(URI base) {
        return new ApiConfig(base, SandboxDemo.CUSTOMER_TOKEN, Duration.ofMillis(500), Duration.ofSeconds(2), 1,
                Duration.ofMillis(20), "CloudhubOrder/test");
    }

    /** The next {@code count} requests to GET {@code path} meet {@code kind}. */
    void fault(String kind, String path, int count) {
        fault("GET", path, kind, count, "\"retryAfterSeconds\":0");
    }

    /** Places the demo customer's valid order (see {@link SandboxDemo#validOrder}). */
    Order placeOrder() {
        String customerId = api.me().customer().id();
        String profile = api.billingProfiles(customerId).get(0).id();
        return api.placeOrder(SandboxDemo.validOrder(api.catalog(), api.terms().version(), profile, customerId),
                UUID.randomUUID());
    }

    @Override
    public void close() {
        api.close();
        super.close();
    }
}
