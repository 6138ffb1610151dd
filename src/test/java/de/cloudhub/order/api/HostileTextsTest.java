package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small hostile server of the test's own: texts with bidi overrides and control characters, and a
 * problem whose {@code detail} is a megabyte. The client cleans every text where it reads the answer and
 * keeps only a short sentence of a problem, so no view and no log line gets them as sent.
 */
class HostileTextsTest {
    private record Canned(int status, String contentType, String body) {
    }

    private final Map<String, Canned> answers = new ConcurrentHashMap<>();
    private HttpServer server;
    private ApiClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/api/v1/".length());
            Canned canned = answers.getOrDefault(name, new Canned(404, "application/problem+json",
                    "{\"status\":404,\"title\":\"Not Found\"}"));
            byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", canned.contentType());
            exchange.sendResponseHeaders(canned.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        client = new ApiClient(new ApiConfig(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1"),
                "t", java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(3), 1,
                java.time.Duration.ofMillis(20), TestConfigs.USER_AGENT));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private void serve(String path, String json) {
        answers.put(path, new Canned(200, "application/json", json));
    }

    @Test
    void aNameWithABidiOverrideAndControlsArrivesClean() {
        serve("me", "{\"user\":{\"id\":\"u-1\",\"name\":\"\\u202Enimda\\u202C \\u0007Anna\\u001b[2J\\nMuster\","
                + "\"email\":\"a@example.com\"},\"role\":\"customer\","
                + "\"customer\":{\"id\":\"c-1\",\"name\":\"ACME\\u2066 GmbH\\u2069\"}}");

        var me = client.me();

        assertThat(me.user().name()).isEqualTo("nimda Anna[2J Muster");
        assertThat(me.customer().name()).isEqualTo("ACME GmbH");
    }

    @Test
    void aStatusWithARightToLeftOverrideIsNotReadAsDone() {
        serve("orders/o-1", "{\"id\":\"o-1\",\"status\":\"\\u202EENOD\",\"createdAt\":\"2026-01-01T00:00:00Z\"}");

        Order order = client.order("o-1");

        assertThat(order.status()).isEqualTo("ENOD");
        assertThat(order.parsedStatus()).isNotEqualTo(OrderStatus.DONE);
    }

    @Test
    void stringsInsideListsArriveCleanToo() {
        serve("orders", "[{\"id\":\"o-\\u202E1\",\"status\":\"new\",\"createdAt\":\"2026-01-01T00:00:00Z\"}]");

        assertThat(client.orders(null, null)).extracting(Order::id).containsExactly("o-1");
    }

    @Test
    void aMegabyteProblemDetailIsCutToOneShortSentence() {
        // just under the client's 1 MiB body cap
        String huge = "Sorry. ".repeat(140_000);
        answers.put("me", new Canned(422, "application/problem+json",
                "{\"status\":422,\"title\":\"Bad\\u202E title\",\"detail\":\"" + huge + "\",\"code\":\"x\"}"));

        ApiProblemException problem = catchThrowableOfType(client::me, ApiProblemException.class);

        assertThat(problem.detail()).hasSizeLessThanOrEqualTo(301).startsWith("Sorry. Sorry.").endsWith("…");
        assertThat(problem.title()).isEqualTo("Bad title");
        assertThat(problem.getMessage()).hasSizeLessThan(1_000);
    }

    @Test
    void aFieldMessageWithControlsIsCleanAndShort() {
        answers.put("me", new Canned(422, "application/problem+json",
                "{\"status\":422,\"title\":\"t\",\"errors\":[{\"field\":\"reference\",\"code\":\"c\","
                        + "\"message\":\"\\u202Ebad\\u0000" + "y".repeat(5000) + "\"}]}"));

        ApiProblemException problem = catchThrowableOfType(client::me, ApiProblemException.class);

        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("bady").hasSizeLessThanOrEqualTo(301);
        });
    }
}
