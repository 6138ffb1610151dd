package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transport behaviour the sandbox cannot provoke (redirects, foreign error pages), checked against small
 * real HTTP servers on loopback.
 */
class OriginAndTransportTest {
    private static final String TOKEN = "origin-test-token-5f1c";
    private static final String ME_JSON =
            "{\"user\":{\"id\":\"u1\",\"name\":\"Erika\",\"email\":\"e@example.com\"},\"role\":\"customer\","
                    + "\"customer\":{\"id\":\"c1\",\"name\":\"Muster GmbH\"},\"somethingNew\":42}";

    private HttpServer api;
    private HttpServer foreign;
    private final List<String> foreignAuthorization = new CopyOnWriteArrayList<>();
    private final AtomicInteger foreignHits = new AtomicInteger();

    @BeforeEach
    void startServers() throws IOException {
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        foreign = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        foreign.createContext("/", exchange -> {
            foreignHits.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                foreignAuthorization.add(auth);
            }
            respond(exchange, 200, "application/json", ME_JSON);
        });
        foreign.start();
        api.start();
    }

    @AfterEach
    void stopServers() {
        api.stop(0);
        foreign.stop(0);
    }

    @Test
    void aRedirectToAnotherOriginIsNotFollowedAndTheTokenStaysHome() {
        URI elsewhere = URI.create("http://127.0.0.1:" + foreign.getAddress().getPort() + "/api/v1/me");
        api.createContext("/api/v1/me", exchange -> {
            exchange.getResponseHeaders().add("Location", elsewhere.toString());
            respond(exchange, 302, "text/plain", "moved");
        });

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThatThrownBy(client::me)
                    .isInstanceOf(ApiProtocolException.class)
                    .hasMessageContaining("another origin");
        }
        assertThat(foreignHits).hasValue(0);
        assertThat(foreignAuthorization).isEmpty();
    }

    @Test
    void aRedirectWithinTheSameOriginIsFollowed() {
        api.createContext("/api/v1/me", exchange -> {
            exchange.getResponseHeaders().add("Location", "/api/v1/me-moved");
            respond(exchange, 307, "text/plain", "moved");
        });
        api.createContext("/api/v1/me-moved", exchange -> respond(exchange, 200, "application/json", ME_JSON));

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThat(client.me().customer().name()).isEqualTo("Muster GmbH");
        }
    }

    @Test
    void everyRequestCarriesTokenUserAgentAndAccept() {
        List<String> seen = new CopyOnWriteArrayList<>();
        api.createContext("/api/v1/me", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Authorization"));
            seen.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            seen.add(exchange.getRequestHeaders().getFirst("Accept"));
            respond(exchange, 200, "application/json", ME_JSON);
        });

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            client.me();
        }
        assertThat(seen.get(0)).isEqualTo("Bearer " + TOKEN);
        assertThat(seen.get(1)).isEqualTo(TestConfigs.USER_AGENT);
        assertThat(seen.get(2)).contains("application/json");
    }

    @Test
    void aNonJsonErrorPageStillBecomesATypedProblemWithItsStatus() {
        api.createContext("/api/v1/terms", exchange ->
                respond(exchange, 418, "text/html", "<html><body>I'm a teapot</body></html>"));

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThatThrownBy(client::terms)
                    .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(418);
                        assertThat(p.errors()).isEmpty();
                    });
        }
    }

    @Test
    void aGatewayErrorPageIsRetriedThenReportedWithItsStatus() {
        AtomicInteger hits = new AtomicInteger();
        api.createContext("/api/v1/terms", exchange -> {
            hits.incrementAndGet();
            respond(exchange, 502, "text/html", "<html>Bad Gateway</html>");
        });

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThatThrownBy(client::terms)
                    .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.status()).isEqualTo(502));
        }
        assertThat(hits).hasValue(3);
    }

    @Test
    void aClosedPortIsTriedMaxAttemptsTimesThenReportedUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + closedPort + "/api/v1");

        try (ApiClient client = new ApiClient(TestConfigs.fast(base, TOKEN))) {
            assertThatThrownBy(client::me)
                    .isInstanceOfSatisfying(ApiUnreachableException.class, e -> {
                        assertThat(e.isTransient()).isTrue();
                        assertThat(e.getMessage()).contains("GET /api/v1/me").contains("3 of 3");
                        assertThat(ApiClient.isWorthRetrying(e)).isTrue();
                    });
        }
    }

    @Test
    void unknownJsonFieldsAreIgnored() {
        api.createContext("/api/v1/me", exchange -> respond(exchange, 200, "application/json", ME_JSON));

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThat(client.me().role()).isEqualTo("customer");
        }
    }

    @Test
    void jsonOfTheWrongShapeIsAProtocolErrorNamingWhere() {
        api.createContext("/api/v1/me", exchange ->
                respond(exchange, 200, "application/json", "{\"user\":[1,2],\"role\":\"customer\"}"));

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThatThrownBy(client::me)
                    .isInstanceOf(ApiProtocolException.class)
                    .hasMessageContaining("expected form")
                    .hasMessageContaining("$.user");
        }
    }

    @Test
    void problemFieldsGivenAsJsonPointersArriveInModelSpelling() {
        api.createContext("/api/v1/orders", exchange -> respond(exchange, 422, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Invalid\",\"status\":422,"
                        + "\"errors\":[{\"pointer\":\"#/trustedSources/1/cidr\",\"code\":\"cidr-invalid\"}]}"));

        try (ApiClient client = new ApiClient(TestConfigs.fast(apiBase(), TOKEN))) {
            assertThatThrownBy(() -> client.placeOrder(new de.cloudhub.order.model.OrderRequest(null, "s", null, null,
                    null, false, null, null, null, null, null, null), java.util.UUID.randomUUID()))
                    .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.errors())
                            .containsExactly(new FieldError("trustedSources[1].cidr", "cidr-invalid", null)));
        }
    }

    private URI apiBase() {
        return URI.create("http://127.0.0.1:" + api.getAddress().getPort() + "/api/v1");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
