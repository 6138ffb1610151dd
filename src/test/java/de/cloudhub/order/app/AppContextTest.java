package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.status.PortalPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
    @TempDir
    Path dataDir;

    private AppOptions options(String apiUrl) {
        AppOptions.ParseResult parsed = AppOptions.parse(List.of("--api-url", apiUrl, "--data-dir", dataDir.toString()),
                Map.of(AppOptions.TOKEN_ENV, "t-test"));
        assertThat(parsed.error()).isNull();
        return parsed.options();
    }

    @Test
    void anApiOnAnotherLoopbackAddressStartsAndItsOwnLinksMayOpen() {
        try (AppContext context = AppContext.open(options("http://127.0.0.2:18080/api/v1"))) {
            PortalPolicy policy = context.portalPolicy();

            assertThat(policy.portalOrigin()).isEqualTo(URI.create("http://127.0.0.2:18080"));
            assertThat(policy.allowed("http://127.0.0.2:18080/portal/support/new?order=ord-1")).isPresent();
            assertThat(policy.allowed("http://127.0.0.1:18080/portal/support/new?order=ord-1")).isEmpty();
        }
    }

    @Test
    void anHttpsApiOnALoopbackAddressIsTreatedAsASandboxToo() {
        try (AppContext context = AppContext.open(options("https://127.0.0.2:18443/api/v1"))) {
            assertThat(context.portalPolicy().allowed("https://127.0.0.2:18443/portal/orders/ord-1")).isPresent();
        }
    }

    private AppOptions options(String apiUrl, String portalUrl) {
        AppOptions.ParseResult parsed = AppOptions.parse(List.of("--api-url", apiUrl, "--portal-url", portalUrl,
                "--data-dir", dataDir.toString()), Map.of(AppOptions.TOKEN_ENV, "t-test"));
        assertThat(parsed.error()).isNull();
        return parsed.options();
    }

    @Test
    void withoutAPortalUrlLinksMayOpenOnTheDefaultTicketPagesOrigin() {
        try (AppContext context = AppContext.open(options("https://order.example.com/api/v1"))) {
            PortalPolicy policy = context.portalPolicy();

            assertThat(policy.builtTicketLink("ord-1"))
                    .isEqualTo("https://order.example.com/portal/support/new?order=ord-1");
            assertThat(policy.allowed("https://order.example.com/portal/orders/ord-1")).isPresent();
            assertThat(policy.allowed("https://portal.example.com/orders/ord-1")).isEmpty();
        }
    }

    @Test
    void anExplicitPortalUrlDecidesWhichLinksOpenEvenForALoopbackApi() {
        try (AppContext context = AppContext.open(options("http://127.0.0.2:18080/api/v1",
                "https://portal.example.com/support/new"))) {
            PortalPolicy policy = context.portalPolicy();

            assertThat(policy.allowed("https://portal.example.com/orders/ord-1")).isPresent();
            assertThat(policy.allowed("http://127.0.0.2:18080/portal/orders/ord-1")).isEmpty();
            assertThat(policy.builtTicketLink("ord-1")).isEqualTo("https://portal.example.com/support/new?order=ord-1");
        }
    }

    @Test
    void aPlainHttpPortalOnLoopbackIsUsableForARealEndpoint() {
        try (AppContext context = AppContext.open(options("https://order.example.com/api/v1",
                "http://127.0.0.1:8088/support/new"))) {
            PortalPolicy policy = context.portalPolicy();

            assertThat(policy.allowed("http://127.0.0.1:8088/orders/ord-1")).isPresent();
            assertThat(policy.allowed("https://order.example.com/portal/orders/ord-1")).isEmpty();
        }
    }
}
