package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.HostileServer;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that answers one byte every 200 ms never trips the 3 s socket timeout; the call's overall
 * deadline (here 1 s) ends the call anyway, without further tries. Without the deadline each of these
 * calls would take a minute and more.
 */
@Timeout(60)
class HostileSlowAnswersTest {
    /** Far longer than any deadline here: 300 bytes at 200 ms each is a minute. */
    private static final String SLOW_BODY = "{\"address\":\"81.173.12.34\"," + " ".repeat(270) + "}";
    private static final Duration TRICKLE = Duration.ofMillis(200);
    /** What the test allows for a call cut off after 1 s, with room for a busy machine. */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(15);

    private final HostileServer server = new HostileServer();
    private final ApiClient client = new ApiClient(TestConfigs.fast(server.baseUri(), "t")
            .withCallDeadline(Duration.ofSeconds(1)));

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aTricklingAnswerIsCutOffAtTheCallsDeadlineAsATimeout() {
        server.on("client-address", HostileServer.trickle(SLOW_BODY, TRICKLE));
        assertTimeoutPreemptively(ENDS_WITHIN, () -> assertThatThrownBy(client::clientAddress)
                .isInstanceOf(ApiUnreachableException.class)
                .hasMessageContaining("the call's deadline")
                .hasCauseInstanceOf(SocketTimeoutException.class));
    }

    @Test
    void aCallCutOffAtItsDeadlineIsNotTriedAgain() {
        server.on("catalog", HostileServer.trickle(SLOW_BODY, TRICKLE));
        assertTimeoutPreemptively(ENDS_WITHIN, () -> assertThatThrownBy(client::catalog)
                .isInstanceOf(ApiUnreachableException.class));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aTricklingAnswerToAnOrderEndsAsAnAmbiguousOutcome() {
        server.on("orders", HostileServer.trickle(SLOW_BODY, TRICKLE));
        OrderRequest request = new OrderRequest(null, "caas-valkey-8", "a2-8", 100, List.of(), false, "DE-NORTH",
                null, null, null, null, null);
        Throwable[] failure = new Throwable[1];
        assertTimeoutPreemptively(ENDS_WITHIN, () -> {
            try {
                client.placeOrder(request, UUID.randomUUID());
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        assertThat(failure[0]).isInstanceOf(ApiUnreachableException.class);
        assertThat(ApiClient.isAmbiguous(failure[0])).isTrue();
    }

    @Test
    void retryPausesEndAtTheDeadlineToo() {
        server.on("client-address", HostileServer.json(503, "{\"status\":503,\"code\":\"service-unavailable\"}"));
        ApiClient patient = new ApiClient(TestConfigs.with(server.baseUri(), "t", 1000, Duration.ofSeconds(5),
                Duration.ofSeconds(3)).withCallDeadline(Duration.ofSeconds(1)));
        try (patient) {
            assertTimeoutPreemptively(ENDS_WITHIN, () -> assertThatThrownBy(patient::clientAddress)
                    .isInstanceOf(ApiProblemException.class));
        }
        // a thousand tries were allowed; the deadline left room for only a few
        assertThat(server.requestCount()).isLessThan(20);
    }
}
