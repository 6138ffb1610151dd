package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.testing.HostileServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that sends endless or endlessly many header lines is cut off at HttpClient's
 * {@code Http1Config} limits (set in {@link Transport}) with a broken-answer error, not read into the
 * heap, and not asked again.
 */
@Timeout(30)
class HostileHeadersTest {
    private final HostileServer server = new HostileServer();
    private final ApiClient client = new ApiClient(TestConfigs.fast(server.baseUri(), "t"));

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anEndlessHeaderLineIsCutOffAsABrokenAnswer() {
        server.on("client-address", HostileServer.endlessHeaderLine());
        assertThatThrownBy(client::clientAddress).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("a line longer than 8 KiB");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void tenThousandHeaderLinesAreCutOffAsABrokenAnswer() {
        server.on("client-address", HostileServer.headers(10_000, 40));
        assertThatThrownBy(client::clientAddress).isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("more than 100 header lines");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aHeadWithinTheLimitsIsRead() {
        server.on("client-address", (request, out) -> {
            StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            for (int i = 0; i < 80; i++) {
                head.append("X-").append(i).append(": ").append("v".repeat(7000)).append("\r\n");
            }
            String body = "{\"address\":\"81.173.12.34\"}";
            head.append("Content-Length: ").append(body.length()).append("\r\nConnection: close\r\n\r\n").append(body);
            out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
        assertThat(client.clientAddress().address()).isEqualTo("81.173.12.34");
    }
}
