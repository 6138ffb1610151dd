package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.ConnectionInfo;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orders overview and the status view while the server cannot be reached: a real sandbox (keeping its orders
 * in a state file) is stopped to go offline and started again on the same port to come back; the followed orders
 * come from a real local store, read again as after a restart. View-models live on one stand-in UI thread.
 */
class OfflineStatusTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final I18n EN = new I18n(Locale.ENGLISH);
    static final Clock UTC = Clock.system(ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path sandboxDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    SandboxServer server;
    int port;
    ApiClient api;
    UiThread ui;
    ScheduledExecutorService scheduler;
    OrderTrackingFeature feature;

    @BeforeEach
    void start() {
        server = SandboxServer.start(0, sandboxDir.resolve("state.json"));
        port = server.port();
        api = new ApiClient(new ApiConfig(server.baseUri(), SandboxDemo.CUSTOMER_TOKEN, Duration.ofMillis(500),
                Duration.ofSeconds(2), 1, Duration.ofMillis(20), "CloudhubOrder/test"));
        ui = new UiThread();
        scheduler = OrderTrackingFeature.newScheduler();
    }

    @AfterEach
    void stop() {
        if (feature != null) {
            feature.close();
        }
        scheduler.shutdownNow();
        ui.close();
        api.close();
        server.close();
    }

    /** The app as after a restart: the followed orders read again from the local store of {@code dataDir}. */
    OrderTrackingFeature restartedApp() {
        if (feature != null) {
            feature.close();
        }
        feature = new OrderTrackingFeature(api, stores.followed(dataDir), scheduler, ui, url -> { },
                PortalPolicy.sandbox(server.baseUri()), "1-test", () -> EN, new RecordingNotifier(),
                OrderWatcherTest.FAST, UTC);
        return feature;
    }

    Order placeOrder() {
        String customerId = api.me().customer().id();
        String profile = api.billingProfiles(customerId).get(0).id();
        return api.placeOrder(SandboxDemo.validOrder(api.catalog(), api.terms().version(), profile, customerId),
                UUID.randomUUID());
    }

    void durations(long newMillis, long processingMillis) {
        new SandboxControlClient(server.baseUri()).durations(newMillis, processingMillis);
    }

    void serverGone() {
        server.close();
    }

    void serverBack() {
        server = SandboxServer.start(port, sandboxDir.resolve("state.json"));
    }

    /** What the app's own connection check (the catalog source) finds and reports: a real failed call. */
    FailureMessage appConnectionCheck() {
        try {
            api.me();
            return null;
        } catch (RuntimeException e) {
            return FailureMessage.of(e);
        }
    }

    @Test
    void theOverviewOfflineListsTheStoredOrdersWithTheirLastStatusUnderOneOfflineLine() {
        durations(600_000, 600_000);
        Order first = placeOrder();
        Order second = placeOrder();
        OrderTrackingFeature before = restartedApp();
        ui.run(() -> {
            before.follow(first);
            before.follow(second);
        });
        Wait.until("both stored", WAIT, () -> before.store().isFollowed(first.id())
                && before.store().isFollowed(second.id()));
        serverGone();

        OrderTrackingFeature app = restartedApp();
        OrdersOverviewViewModel overview = ui.call(() -> app.overviewViewModel(EN));
        ui.run(overview::attach);

        ui.until("offline", WAIT, () -> overview.isOffline() && !overview.isLoading(), overview::getMessage);
        ui.run(() -> {
            assertThat(overview.getMessage())
                    .startsWith("Offline — showing the state last seen at ")
                    .contains("; updates resume when the connection is back.")
                    .contains("Orders not placed with this app on this computer are not stored here");
            assertThat(overview.getMessage()).doesNotContain("could not be loaded");
            assertThat(overview.loadFailedProperty().get()).as("offline is no load error").isFalse();
            assertThat(overview.getRows()).extracting(OrderRow::id).containsExactlyInAnyOrder(first.id(), second.id());
            assertThat(overview.getRows()).extracting(OrderRow::statusText).containsOnly("Received");
            assertThat(overview.getRows()).extracting(OrderRow::lastSeen).doesNotContain("Not known", "");
        });
    }

    @Test
    void theStatusViewOfflineKeepsTheLastKnownStatusTimelineAndConnectionDetailsMarkedLastSeen() {
        durations(50, 50);
        Order placed = placeOrder();
        OrderTrackingFeature before = restartedApp();
        ui.run(() -> before.follow(placed));
        Wait.until("ready and stored", WAIT, () -> before.store().get(placed.id())
                .map(o -> o.parsedStatus().isTerminal() && o.connection() != null).orElse(false));
        ConnectionInfo stored = before.store().get(placed.id()).orElseThrow().connection();
        serverGone();

        OrderTrackingFeature app = restartedApp();
        OrderStatusViewModel vm = ui.call(() -> {
            OrderStatusViewModel status = app.statusViewModel(placed.id(), EN);
            status.attach();
            return status;
        });
        FailureMessage check = appConnectionCheck();
        assertThat(check).as("the server is gone").isNotNull();
        app.reportConnection(check);

        ui.until("marked offline", WAIT, vm::isOffline, vm::getOfflineMark);
        ui.run(() -> {
            assertThat(vm.getStatusName()).isEqualTo("Ready");
            assertThat(vm.isDone()).isTrue();
            assertThat(vm.getTimeline()).hasSize(3);
            assertThat(vm.getHost()).isEqualTo(stored.host());
            assertThat(vm.getPort()).isEqualTo(Integer.toString(stored.port()));
            assertThat(vm.getTls()).isEqualTo(stored.tls() ? "Required" : "Not required");
            assertThat(vm.getOfflineMark()).startsWith("Last seen ").endsWith(", offline.");
        });
    }

    @Test
    void whenTheServerIsBackTheOfflineMarksGoAndFreshDataShows() {
        durations(600_000, 600_000);
        Order placed = placeOrder();
        OrderTrackingFeature app = restartedApp();
        ui.run(() -> app.follow(placed));
        OrderStatusViewModel vm = ui.call(() -> {
            OrderStatusViewModel status = app.statusViewModel(placed.id(), EN);
            status.attach();
            return status;
        });
        OrdersOverviewViewModel overview = ui.call(() -> app.overviewViewModel(EN));
        ui.run(overview::attach);
        ui.until("listed", WAIT, () -> !overview.isLoading() && overview.getRows().size() == 1, overview::getMessage);
        ui.until("checked", WAIT, () -> !vm.getLastChecked().startsWith("Not checked"), vm::getLastChecked);

        serverGone();
        ui.until("status marked offline", WAIT, vm::isOffline, vm::getOfflineMark);
        ui.until("overview offline", WAIT, overview::isOffline, overview::getMessage);
        assertThat(ui.call(overview::getMessage)).startsWith("Offline — showing the state last seen at ")
                .doesNotContain("Orders not placed with this app");
        assertThat(ui.call(vm::getStatusName)).isEqualTo("Received");

        serverBack();

        ui.until("status mark gone", WAIT, () -> !vm.isOffline() && !vm.isTrouble(), vm::getOfflineMark);
        ui.until("overview line gone", WAIT, () -> !overview.isOffline() && !overview.isLoading(),
                overview::getMessage);
        ui.run(() -> {
            assertThat(vm.getOfflineMark()).isEmpty();
            assertThat(vm.getStatusName()).isEqualTo("Received");
            assertThat(vm.getLastChecked()).startsWith("Last checked at ");
            assertThat(overview.getMessage()).isEmpty();
            assertThat(overview.getRows()).extracting(OrderRow::id).containsExactly(placed.id());
            assertThat(overview.getRows().get(0).unknownToServer()).isFalse();
        });
    }
}
