package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview says why its list could not be loaded with the one failure table. Loading runs on the
 * test thread ({@link DirectTaskRunner}); no order is followed, so no polling thread delivers anything.
 */
class OverviewLoadFailureTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    private SandboxFixture fixture;
    private ScheduledExecutorService scheduler;
    private OrderWatcher watcher;

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture();
        scheduler = OrderTrackingFeature.newScheduler();
        watcher = new OrderWatcher(fixture.api, scheduler, Runnable::run, OrderWatcherTest.FAST, Clock.systemUTC(),
                o -> { });
    }

    @AfterEach
    void tearDown() {
        watcher.close();
        scheduler.shutdownNow();
        fixture.close();
    }

    private OrdersOverviewViewModel overview(ApiClient api) {
        return new OrdersOverviewViewModel(api, null, watcher, stores.followed(dataDir), new DirectTaskRunner(),
                EN, Clock.systemDefaultZone(), () -> null);
    }

    @Test
    void aRateLimitedListSaysSoWithThePause() {
        fixture.fault("GET", "/orders", "http-429", 1, "\"retryAfterSeconds\":20");
        OrdersOverviewViewModel overview = overview(fixture.api);

        overview.refresh();

        assertThat(overview.getMessage()).isEqualTo("The list could not be loaded from the server: The server is "
                + "receiving too many requests and asked the app to slow down. Wait 20 seconds, then try again. "
                + "Shown are the orders remembered on this computer.");
    }

    @Test
    void aListRefusedForTheTokenSaysSignInNotAnErrorNumber() {
        try (ApiClient signedOut = new ApiClient(new ApiConfig(fixture.baseUri(), "expired-token", Duration.ofMillis(500),
                Duration.ofSeconds(2), 1, Duration.ofMillis(20), "CloudhubOrder/test"))) {
            OrdersOverviewViewModel overview = overview(signedOut);

            overview.refresh();

            assertThat(overview.getMessage()).contains("did not accept your sign-in").doesNotContain("401");
        }
    }
}
