package de.cloudhub.order.api;

import static de.cloudhub.order.api.SandboxFixture.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.cloudhub.order.api.PlaceOrderListener.Reason;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link ApiClient#placeOrder(OrderRequest, UUID, PlaceOrderListener)} tells before each resend. */
class PlaceOrderProgressTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);
    private static SandboxFixture sandbox;
    private OrderRequest order;
    private final Recorder recorder = new Recorder();

    @BeforeAll
    static void startSandbox() {
        sandbox = new SandboxFixture();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void freshStateAndAValidOrder() {
        sandbox.reset();
        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            order = SandboxFixture.validOrder(client.catalog(), client.terms().version());
        }
    }

    @Test
    void aDroppedConnectionIsReportedAsNoAnswerBeforeTheSecondTry() {
        sandbox.fault("POST", "/orders", "close-after-store", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            client.placeOrder(order, UUID.randomUUID(), recorder);
        }
        assertThat(recorder.calls).containsExactly(new Call(2, 3, Reason.NO_ANSWER));
        assertThat(recorder.delays).allSatisfy(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMillis(50)));
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void everyResendIsReportedWithItsAttemptNumber() {
        sandbox.fault("POST", "/orders", "http-503", 2, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            client.placeOrder(order, UUID.randomUUID(), recorder);
        }
        assertThat(recorder.calls).containsExactly(new Call(2, 3, Reason.SERVER_ERROR), new Call(3, 3, Reason.SERVER_ERROR));
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void rateLimitingIsReportedAsSuch() {
        sandbox.fault("POST", "/orders", "http-429", 1, "\"retryAfterSeconds\":1");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            client.placeOrder(order, UUID.randomUUID(), recorder);
        }
        assertThat(recorder.calls).containsExactly(new Call(2, 3, Reason.RATE_LIMITED));
    }

    @Test
    void aSlowFirstTryIsReportedAsNoAnswerAndThenAsStillProcessing() {
        sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":900");
        ApiConfig config = TestConfigs.with(sandbox.baseUri(), CUSTOMER_TOKEN, 12, Duration.ofMillis(150),
                Duration.ofMillis(300));

        try (ApiClient client = new ApiClient(config)) {
            assertTimeoutPreemptively(NO_HANG, () -> client.placeOrder(order, UUID.randomUUID(), recorder));
        }
        assertThat(recorder.calls).first().isEqualTo(new Call(2, 12, Reason.NO_ANSWER));
        assertThat(recorder.calls).extracting(Call::reason).contains(Reason.STILL_PROCESSING);
        assertThat(recorder.calls).extracting(Call::attempt)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, recorder.calls.size() + 1).boxed().toList());
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void anOrderAnsweredAtOnceReportsNothing() {
        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            Order placed = client.placeOrder(order, UUID.randomUUID(), recorder);
            assertThat(placed.id()).isNotBlank();
        }
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void aDefiniteRefusalIsNotResentAndReportsNothing() {
        OrderRequest stale = new OrderRequest(order.customerId(), order.serviceId(), order.nodeSize(), order.storageGb(),
                order.trustedSources(), order.allowAllAddresses(), order.region(), order.maxmemoryPolicy(),
                order.billing(), new TermsAcceptance("1999-01", true), order.quotedMonthlyNet(),
                order.reference());

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThatThrownBy(() -> client.placeOrder(stale, UUID.randomUUID(), recorder))
                    .isInstanceOf(ApiProblemException.class);
        }
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopTheOrder() {
        sandbox.fault("POST", "/orders", "close-after-store", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            Order placed = client.placeOrder(order, UUID.randomUUID(), (attempt, max, delay, reason) -> {
                throw new IllegalStateException("listener broken");
            });
            assertThat(placed.id()).isNotBlank();
        }
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    record Call(int attempt, int maxAttempts, Reason reason) {
    }

    private static final class Recorder implements PlaceOrderListener {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final List<Duration> delays = new CopyOnWriteArrayList<>();

        @Override
        public void retrying(int attempt, int maxAttempts, Duration delay, Reason reason) {
            calls.add(new Call(attempt, maxAttempts, reason));
            delays.add(delay);
        }
    }
}
