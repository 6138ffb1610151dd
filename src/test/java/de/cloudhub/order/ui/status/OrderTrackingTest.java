package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.model.ConnectionInfo;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.StatusChange;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.status.OrderSnapshot.Health;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * View-models and the feature without the toolkit, against a real sandbox. The feature delivers every
 * update on {@link #ui}, the one thread standing in for the FX thread; each view-model is built, read
 * and waited on there, never on the test thread.
 */
class OrderTrackingTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    SandboxFixture fixture;
    ScheduledExecutorService scheduler;
    UiThread ui;
    PortalPolicy portal;
    final List<String> opened = new CopyOnWriteArrayList<>();
    final RecordingNotifier notifier = new RecordingNotifier();
    final List<OrderTrackingFeature> features = new ArrayList<>();

    @BeforeEach
    void start() {
        fixture = new SandboxFixture();
        scheduler = OrderTrackingFeature.newScheduler();
        ui = new UiThread();
        portal = PortalPolicy.sandbox(fixture.baseUri());
    }

    @AfterEach
    void stop() {
        try {
            features.forEach(OrderTrackingFeature::close);
            scheduler.shutdownNow();
            ui.close();
        } finally {
            fixture.close();
        }
    }

    OrderTrackingFeature feature() {
        OrderTrackingFeature feature = new OrderTrackingFeature(fixture.api, stores.followed(dataDir), scheduler,
                ui, opened::add, portal, "1.2.3-test", () -> EN, notifier, OrderWatcherTest.FAST,
                Clock.systemDefaultZone());
        features.add(feature);
        return feature;
    }

    /** A status view-model built and attached on the UI thread. */
    OrderStatusViewModel statusVm(OrderTrackingFeature feature, String orderId) {
        return ui.call(() -> {
            OrderStatusViewModel vm = new OrderStatusViewModel(orderId, feature.watcher(), EN, portal, opened::add,
                    "1.2.3-test", Clock.systemDefaultZone(), () -> null);
            vm.attach();
            return vm;
        });
    }

    /** An overview view-model as the app builds it: loads in the background, delivers on the UI thread. */
    OrdersOverviewViewModel overview(OrderTrackingFeature feature, de.cloudhub.order.ui.common.TaskRunner tasks) {
        return ui.call(() -> new OrdersOverviewViewModel(fixture.api, null, feature.watcher(), feature.store(), tasks,
                EN, Clock.systemDefaultZone(), () -> null));
    }

    @Test
    void statusPageFollowsNewThroughProcessingToDoneWithTimelineAndConnection() {
        fixture.durations(300, 300);
        OrderTrackingFeature feature = feature();
        Order placed = fixture.placeOrder();
        feature.follow(placed);
        OrderStatusViewModel vm = statusVm(feature, placed.id());

        ui.until("ready", WAIT, vm::isDone);

        ui.run(() -> {
            assertThat(vm.getStatusName()).isEqualTo("Ready");
            assertThat(vm.getStatusExplanation()).contains("ready to use");
            assertThat(vm.getTimeline()).extracting(TimelineEntry::rawStatus)
                    .containsExactly("new", "processing", "DONE");
            assertThat(vm.getTimeline().get(0).took()).startsWith("took ");
            assertThat(vm.getTimeline().get(1).took()).startsWith("took ");
            assertThat(vm.getTimeline().get(2).current()).isTrue();
            ConnectionInfo connection = feature.watcher().snapshot(placed.id()).orElseThrow().order().connection();
            assertThat(vm.getHost()).isEqualTo(connection.host());
            assertThat(vm.getPort()).isEqualTo(Integer.toString(connection.port()));
            assertThat(vm.getTls()).isEqualTo(connection.tls() ? "Required" : "Not required");
            assertThat(vm.getLastChecked()).startsWith("Last checked at ");
            assertThat(vm.serviceProperty().get()).isNotBlank();
        });
    }

    @Test
    void failedOrderShowsTheReasonAndOpensTheTicketPageWithTheOrderId() {
        fixture.durations(100, 100);
        fixture.nextFails("Disk quota exceeded in DE-NORTH-1.");
        OrderTrackingFeature feature = feature();
        Order placed = fixture.placeOrder();
        feature.follow(placed);
        OrderStatusViewModel vm = statusVm(feature, placed.id());

        ui.until("failed", WAIT, vm::isFailed);

        ui.run(() -> {
            assertThat(vm.getFailureReason()).isEqualTo("Reason: Disk quota exceeded in DE-NORTH-1.");
            assertThat(vm.isTicketLinkAllowed()).isTrue();
            assertThat(vm.openSupportTicket()).isTrue();
        });
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).startsWith("http://127.0.0.1:" + fixture.port() + "/")
                .contains(placed.id());
    }

    @Test
    void hostileTicketLinkIsRefusedAndNotOpened() {
        fixture.durations(100, 100);
        fixture.nextFails("Broken.");
        OrderTrackingFeature feature = feature();
        Order placed = fixture.placeOrder();
        feature.follow(placed);
        Wait.until("failed", WAIT, () -> feature.watcher().snapshot(placed.id()).orElseThrow().isFinished());

        try (OrderWatcher fresh = new OrderWatcher(fixture.api, scheduler, ui, OrderWatcherTest.FAST,
                Clock.systemUTC(), o -> { })) {
            fixture.fault("hostile-links", "/orders/" + placed.id(), 1);
            OrderStatusViewModel vm = ui.call(() -> {
                OrderStatusViewModel created = new OrderStatusViewModel(placed.id(), fresh, EN, portal, opened::add,
                        "1", Clock.systemDefaultZone(), () -> null);
                created.attach();
                return created;
            });
            ui.until("failed", WAIT, vm::isFailed);

            ui.run(() -> {
                assertThat(vm.getTicketLink()).startsWith("https://evil.example");
                assertThat(vm.isTicketLinkAllowed()).isFalse();
                assertThat(vm.openSupportTicket()).isFalse();
            });
            assertThat(fixture.faultsWaiting()).as("the hostile-links fault was served").isZero();
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void portalPolicyAllowsOnlyThePortalOrigin() {
        PortalPolicy real = PortalPolicy.portal(java.net.URI.create("https://portal.example.com/support/new"));
        assertThat(real.allowed("https://portal.example.com/support/new?order=o-1")).isPresent();
        assertThat(real.allowed("https://portal.example.com:443/x")).isPresent();
        assertThat(real.allowed("http://portal.example.com/x")).isEmpty();
        assertThat(real.allowed("https://portal.example.com.evil.example/x")).isEmpty();
        assertThat(real.allowed("https://portal.example.com@evil.example/x")).isEmpty();
        assertThat(real.allowed("https://portal.example.com:8443/x")).isEmpty();
        assertThat(real.allowed("javascript:alert(1)")).isEmpty();
        assertThat(real.allowed("/relative")).isEmpty();
        assertThat(real.allowed("https://evil.example/support?order=1")).isEmpty();
        assertThat(real.builtTicketLink("o 1")).isEqualTo("https://portal.example.com/support/new?order=o+1");
        assertThat(portal.allowed("http://127.0.0.1:" + fixture.port() + "/portal/support/new")).isPresent();
        assertThat(portal.allowed("http://127.0.0.1:1/portal/support/new")).isEmpty();
        assertThat(portal.allowed("http://localhost:" + fixture.port() + "/portal")).isEmpty();
    }

    @Test
    void unreachableServerIsShownWithoutLosingTheOrderAndRecovers() {
        fixture.durations(60_000, 60_000);
        OrderTrackingFeature feature = feature();
        Order placed = fixture.placeOrder();
        feature.follow(placed);
        OrderStatusViewModel vm = statusVm(feature, placed.id());
        ui.until("checked", WAIT, () -> vm.getLastChecked().startsWith("Last checked"));

        List<String> seen = new ArrayList<>();
        ui.run(() -> vm.troubleMessageProperty().addListener((obs, old, now) -> seen.add(now + " | "
                + vm.getStatusName() + " | " + vm.getTimeline().size())));
        fixture.fault("close-before-store", "/orders/" + placed.id(), 4);
        ui.until("trouble shown", WAIT, () -> seen.stream().anyMatch(m -> m.contains("cannot be reached")));
        ui.run(() -> assertThat(seen).filteredOn(m -> m.contains("cannot be reached")).first().asString()
                .contains("keeps trying").contains("What you see is the state of").endsWith("| Received | 1"));

        ui.until("recovered", WAIT, () -> !vm.isTrouble());
        ui.run(() -> assertThat(vm.getTroubleMessage()).isEmpty());
    }

    @Test
    void unknownStatusIsShownAsUnknownWithTheServersWord() {
        OrderTrackingFeature feature = feature();
        OrderStatusViewModel vm = new OrderStatusViewModel("o-1", feature.watcher(), EN, portal, opened::add, "1",
                Clock.systemDefaultZone(), () -> null);
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        Order order = new Order("o-1", "c", "paused", t, t, List.of(new StatusChange("new", t),
                new StatusChange("paused", t.plusSeconds(75))), null, null, null, null, null);

        vm.apply(new OrderSnapshot("o-1", order, t, t, Health.OK, true, 1, 0));

        assertThat(vm.getStatus()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(vm.getStatusName()).isEqualTo("unknown (paused)");
        assertThat(vm.getTimeline().get(0).took()).isEqualTo("took 1 min 15 s");
    }

    @Test
    void supportDetailsCarryIdTimesHistoryRequestAndVersionButNoToken() {
        fixture.durations(100, 100);
        fixture.nextFails("Broken.");
        OrderTrackingFeature feature = feature();
        Order placed = fixture.placeOrder();
        feature.follow(placed);
        OrderStatusViewModel vm = statusVm(feature, placed.id());
        ui.until("failed", WAIT, vm::isFailed);

        String details = ui.call(vm::supportDetails);

        assertThat(details).contains(placed.id()).contains("1.2.3-test").contains("processing").contains("failed")
                .contains(placed.createdAt().toString()).contains("PO-4711").contains("Broken.")
                .doesNotContain(SandboxDemo.CUSTOMER_TOKEN).doesNotContain("Bearer");
    }

    @Test
    void aNotificationForEachStatusChangeOfAFollowedOrder() {
        fixture.durations(200, 200);
        OrderTrackingFeature feature = feature();
        de.cloudhub.order.ui.main.AppNavigation navigation = new de.cloudhub.order.ui.main.AppNavigation(d -> { });
        feature.navigateWith(navigation);
        Order placed = fixture.placeOrder();

        ui.run(() -> feature.follow(placed));
        ui.until("the notification of DONE", WAIT, () -> notifier.notices.stream()
                .anyMatch(n -> n.status() == OrderStatus.DONE));

        ui.run(() -> {
            assertThat(notifier.notices).extracting(StatusNotice::status)
                    .containsExactly(OrderStatus.PROCESSING, OrderStatus.DONE);
            assertThat(notifier.notices.get(1).standsOut()).isTrue();
            assertThat(notifier.notices.get(0).standsOut()).isFalse();
            assertThat(notifier.notices.get(1).text()).contains(placed.id());
            notifier.actions.get(1).run();
            assertThat(navigation.getDestination()).isEqualTo(de.cloudhub.order.ui.main.Destination.order(placed.id()));
        });
    }

    @Test
    void overviewAfterRestartShowsRememberedOrdersAtOnceAndResumesFollowing() {
        fixture.durations(1_500, 300);
        OrderTrackingFeature before = feature();
        Order first = fixture.placeOrder();
        Order second = fixture.placeOrder();
        ui.run(() -> {
            before.follow(first);
            before.follow(second);
        });
        Wait.until("remembered", WAIT, () -> stores.followed(dataDir).all().size() == 2);
        before.close();

        OrderTrackingFeature after = feature();
        List<Runnable> pending = new ArrayList<>();
        OrdersOverviewViewModel overview = overview(after, new HeldTaskRunner(pending));
        ui.run(() -> {
            assertThat(overview.getRows()).extracting(OrderRow::id).containsExactlyInAnyOrder(first.id(), second.id());
            assertThat(overview.getRows()).allMatch(OrderRow::followed);
            overview.attach();
            after.resumeFollowed();
        });
        ui.until("both DONE", WAIT, () -> overview.getRows().stream().allMatch(r -> r.status() == OrderStatus.DONE));
        // the watcher writes the store before it hands the answer on
        assertThat(stores.followed(dataDir).get(first.id()).orElseThrow().status()).isEqualTo("DONE");
        ui.run(() -> {
            assertThat(notifier.notices).extracting(StatusNotice::orderId).contains(first.id(), second.id());
            pending.forEach(Runnable::run);
            assertThat(overview.getRows()).hasSize(2);
            assertThat(overview.getMessage()).isEmpty();
        });
    }

    @Test
    void aFinishedOrderRememberedFromBeforeARestartSaysItsStatusIsFinalNotUnchecked() {
        fixture.durations(200, 200);
        OrderTrackingFeature before = feature();
        Order placed = fixture.placeOrder();
        ui.run(() -> before.follow(placed));
        OrderStatusViewModel first = statusVm(before, placed.id());
        ui.until("ready", WAIT, first::isDone);
        Wait.until("remembered as DONE", WAIT, () -> stores.followed(dataDir).get(placed.id())
                .map(o -> "DONE".equals(o.status())).orElse(false));
        before.close();

        OrderTrackingFeature after = feature();
        ui.run(after::resumeFollowed);
        OrderStatusViewModel vm = statusVm(after, placed.id());

        ui.until("known after restart", WAIT, vm::isDone);
        ui.run(() -> assertThat(vm.getLastChecked()).startsWith("Final status since ").doesNotContain("Not checked"));
    }

    @Test
    void overviewListsTheServersOrdersNewestFirstAndFilters() {
        fixture.durations(60_000, 60_000);
        fixture.control("{\"nextOutcomes\":[{\"status\":\"failed\",\"reason\":\"x\"}]}");
        OrderTrackingFeature feature = feature();
        Order older = fixture.placeOrder();
        Order newer = fixture.placeOrder();
        OrdersOverviewViewModel overview = overview(feature, new FxTaskRunner(scheduler, ui));

        ui.run(overview::attach);
        ui.until("the server's list", WAIT, () -> !overview.isLoading());

        ui.run(() -> {
            assertThat(overview.getRows()).extracting(OrderRow::id).containsSubsequence(newer.id(), older.id());
            overview.filterProperty().set(StatusFilter.DONE);
            assertThat(overview.getRows()).isEmpty();
            overview.filterProperty().set(StatusFilter.NEW);
            assertThat(overview.getRows()).extracting(OrderRow::id).contains(newer.id(), older.id());
            assertThat(overview.getRows()).noneMatch(OrderRow::followed);
        });
    }

    @Test
    void overviewSaysSoWhenTheServerSendsGarbageAndKeepsLocalOrders() {
        OrderTrackingFeature feature = feature();
        Order placed = fixture.placeOrder();
        feature.store().put(placed);
        fixture.fault("malformed-json", "/orders", 1);
        OrdersOverviewViewModel overview = overview(feature, new FxTaskRunner(scheduler, ui));

        ui.run(overview::refresh);
        ui.until("the failed load", WAIT, () -> !overview.isLoading());

        ui.run(() -> {
            assertThat(overview.getMessage()).contains("cannot read").contains("remembered on this computer");
            assertThat(overview.getRows()).extracting(OrderRow::id).containsExactly(placed.id());
        });
        assertThat(fixture.faultsWaiting()).as("the malformed answer was served").isZero();
    }

    /** Keeps background work until the test runs it: "before the server answers". */
    record HeldTaskRunner(List<Runnable> pending) implements de.cloudhub.order.ui.common.TaskRunner {
        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                            java.util.function.Consumer<? super Throwable> onFailure) {
            pending.add(() -> new DirectTaskRunner().run(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }
    }
}
