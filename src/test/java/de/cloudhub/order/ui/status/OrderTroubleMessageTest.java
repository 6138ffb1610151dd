package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.StatusChange;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.status.OrderSnapshot.Health;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The status view's trouble line takes its sentence from the one failure table. The view-model is fed
 * snapshots on the test thread only (it is never attached, so no polling thread touches it).
 */
class OrderTroubleMessageTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final Instant T = Instant.parse("2026-01-02T10:00:00Z");
    private static final Order ORDER = new Order("o-1", "c", "processing", T, T,
            List.of(new StatusChange("processing", T)), null, null, null, null, null);

    private ScheduledExecutorService scheduler;
    private ApiClient unusedApi;
    private OrderStatusViewModel vm;

    @BeforeEach
    void setUp() {
        scheduler = OrderTrackingFeature.newScheduler();
        unusedApi = new ApiClient(new ApiConfig(URI.create("http://127.0.0.1:9/api/v1"), null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1, Duration.ZERO, "CloudhubOrder/test"));
        OrderWatcher watcher = new OrderWatcher(unusedApi, scheduler, Runnable::run, OrderWatcherTest.FAST,
                Clock.systemUTC(), o -> { });
        vm = new OrderStatusViewModel("o-1", watcher, EN, PortalPolicy.sandbox(URI.create("http://127.0.0.1:9/api/v1")),
                link -> { }, "1", Clock.systemDefaultZone(), () -> null);
    }

    @AfterEach
    void tearDown() {
        unusedApi.close();
        scheduler.shutdownNow();
    }

    private static OrderSnapshot failed(FailureMessage failure) {
        return new OrderSnapshot("o-1", ORDER, T, T, Health.FAILED, failure, true, 2, 0);
    }

    @Test
    void aSignedOutCheckSaysSoAndWhatToDoInsteadOfServerError() {
        vm.apply(failed(FailureMessage.of(ApiFailure.SIGNED_OUT)));

        assertThat(vm.getTroubleMessage()).contains("did not accept your sign-in", "CLOUDHUB_TOKEN")
                .doesNotContain("error", "keeps trying");
    }

    @Test
    void aCheckWithoutAccessSaysSo() {
        vm.apply(failed(FailureMessage.of(ApiFailure.NO_ACCESS)));

        assertThat(vm.getTroubleMessage()).contains("does not allow this").doesNotContain("error");
    }

    @Test
    void aRateLimitedCheckSaysRateLimitedAndThatTheAppTriesAgainByItself() {
        vm.apply(failed(new FailureMessage(ApiFailure.RATE_LIMITED, Duration.ofSeconds(30))));

        assertThat(vm.getTroubleMessage()).startsWith("The server is receiving too many requests")
                .contains("The app keeps trying by itself.").contains("What you see is the state of");
    }

    @Test
    void aTimedOutCheckSaysItTimedOut() {
        vm.apply(failed(FailureMessage.of(ApiFailure.TIMEOUT)));

        assertThat(vm.getTroubleMessage()).startsWith("The server did not answer in time.");
    }

    @Test
    void aCheckWithAnExpiredTokenAgainstTheSandboxEndsInTheSignedOutSentence() {
        try (SandboxFixture fixture = new SandboxFixture();
             ApiClient expired = new ApiClient(new ApiConfig(fixture.baseUri(), "expired-token", Duration.ofMillis(500),
                     Duration.ofSeconds(2), 1, Duration.ofMillis(20), "CloudhubOrder/test"));
             OrderWatcher watcher = new OrderWatcher(expired, scheduler, Runnable::run, OrderWatcherTest.FAST,
                     Clock.systemUTC(), o -> { })) {
            watcher.watch(ORDER);
            Wait.until("a failed check", OrderWatcherTest.WAIT,
                    () -> watcher.snapshot("o-1").orElseThrow().isTrouble());

            vm.apply(watcher.snapshot("o-1").orElseThrow());

            assertThat(vm.getTroubleMessage()).contains("did not accept your sign-in");
        }
    }
}
