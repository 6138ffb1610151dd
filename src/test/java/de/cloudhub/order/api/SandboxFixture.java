package de.cloudhub.order.api;

import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.SandboxDemo;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox on a free loopback port for the client's tests. Registered as
 * {@code @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();} it serves the
 * whole test class, is reset before each test and closed after the last.
 */
final class SandboxFixture extends LoopbackSandbox implements BeforeEachCallback, AfterAllCallback {

    ApiClient client(String token) {
        return new ApiClient(TestConfigs.fast(baseUri(), token));
    }

    /** A complete, valid order for the demo customer, from the catalog and terms the sandbox serves now. */
    OrderRequest validOrder() {
        try (ApiClient customer = client(SandboxDemo.CUSTOMER_TOKEN)) {
            return SandboxDemo.validOrder(customer.catalog(), customer.terms().version());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
