package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.StatusChange;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.status.OrderSnapshot.Health;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the status view and the overview say when checks fail: a stale banner, "last checked" on a
 * failed check, an order the server no longer knows. Real sandbox; view-models on one stand-in thread.
 */
class OrderStatusTroubleTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final I18n EN = new I18n(Locale.ENGLISH);
    static final Clock UTC = Clock.system(ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    SandboxFixture fixture;
    ScheduledExecutorService scheduler;
    UiThread ui;
    OrderTrackingFeature feature;

    @BeforeEach
    void start() {
        fixture = new SandboxFixture();
        scheduler = OrderTrackingFeature.newScheduler();
        ui = new UiThread();
        feature = new OrderTrackingFeature(fixture.api, stores.followed(dataDir), scheduler, ui, url -> { },
                PortalPolicy.sandbox(fixture.baseUri()), "1-test", () -> EN, new RecordingNotifier(),
                OrderWatcherTest.FAST, UTC);
    }

    @AfterEach
    void stop() {
        feature.close();
        scheduler.shutdownNow();
        ui.close();
        fixture.close();
    }

    OrderStatusViewModel statusVm(String orderId) {
        return ui.call(() -> {
            OrderStatusViewModel vm = new OrderStatusViewModel(orderId, feature.watcher(), EN,
                    PortalPolicy.sandbox(fixture.baseUri()), url -> { }, "1-test", UTC, () -> null);
            vm.attach();
            return vm;
        });
    }

    @Test
    void theTroubleBannerGoesWhenTheOrderIsLearnedReadyWhileItsOwnChecksStillFail() {
        fixture.durations(50, 50);
        Order placed = fixture.placeOrder();
        Wait.until("ready on the server", WAIT, () -> fixture.api.order(placed.id()).parsedStatus().isTerminal());
        fixture.fault("http-503", "/orders/" + placed.id(), 1_000);
        feature.follow(placed);
        OrderStatusViewModel vm = statusVm(placed.id());
        ui.until("the failed check shown", WAIT, vm::isTrouble, vm::getTroubleMessage);

        // the orders list still answers: the overview learns that the order is ready
        OrdersOverviewViewModel overview = ui.call(() -> new OrdersOverviewViewModel(fixture.api, null,
                feature.watcher(), feature.store(), new DirectTaskRunner(), EN, UTC, () -> null));
        ui.run(overview::attach);

        ui.until("ready", WAIT, vm::isDone, vm::getStatusName);
        assertThat(ui.call(vm::isTrouble)).as(ui.call(vm::getTroubleMessage)).isFalse();
        assertThat(ui.call(vm::getTroubleMessage)).isEmpty();
    }

    @Test
    void theBannerOfAnOrderKnownFromPlacingItDoesNotSayNothingIsKnown() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        fixture.fault("http-503", "/orders/" + placed.id(), 1_000);
        feature.follow(placed);
        OrderStatusViewModel vm = statusVm(placed.id());

        ui.until("the failed check shown", WAIT, vm::isTrouble, vm::getTroubleMessage);

        assertThat(ui.call(vm::getTroubleMessage)).doesNotContain("Nothing is known")
                .contains("the last state the app knows");
        assertThat(ui.call(vm::getStatusName)).isEqualTo("Received");
    }

    @Test
    void lastCheckedStaysAtTheLastAnswerWhenACheckFails() {
        OrderStatusViewModel vm = statusVm("ord-1");
        Instant answered = Instant.parse("2026-03-04T10:15:30Z");
        Instant failedCheck = Instant.parse("2026-03-04T11:42:07Z");
        Order order = new Order("ord-1", "c", "processing", answered, answered,
                List.of(new StatusChange("processing", answered)), null, null, null, null, null);

        String before = ui.call(() -> {
            vm.apply(new OrderSnapshot("ord-1", order, answered, answered, Health.OK, true, 1, 0));
            return vm.getLastChecked();
        });
        String after = ui.call(() -> {
            vm.apply(new OrderSnapshot("ord-1", order, failedCheck, answered, Health.FAILED,
                    FailureMessage.of(ApiFailure.SERVER_ERROR), true, 2, 0));
            return vm.getLastChecked();
        });

        assertThat(before).isEqualTo("Last checked at 10:15:30 AM.");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anOrderTheServerDoesNotKnowAfterARestartSaysSoInTheOverview() {
        Instant at = Instant.parse("2026-03-04T10:15:30Z");
        Order forgotten = new Order("ord-forgotten1", "c", "new", at, at, List.of(new StatusChange("new", at)),
                null, null, null, null, null);
        feature.store().put(forgotten);
        OrdersOverviewViewModel overview = ui.call(() -> new OrdersOverviewViewModel(fixture.api, null,
                feature.watcher(), feature.store(), new DirectTaskRunner(), EN, UTC, () -> null));

        ui.run(overview::attach);

        ui.until("unknown to the server", WAIT, () -> overview.getRows().size() == 1
                && overview.getRows().get(0).unknownToServer(), () -> overview.getRows().toString());
        assertThat(ui.call(() -> overview.getRows().get(0).statusText()))
                .isEqualTo("Not known to the server (last seen: Received)");
    }
}
