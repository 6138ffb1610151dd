package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.StatusChange;
import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.status.OrderSnapshot.Health;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watcher against a real sandbox. It delivers its updates on {@link #ui} (the stand-in for the FX
 * thread), where {@link #updates} is kept and read; {@link OrderWatcher#snapshot} is safe from any thread.
 */
class OrderWatcherTest {
    static final WatchSettings FAST = new WatchSettings(Duration.ofMillis(40), Duration.ofMillis(40),
            Duration.ofMillis(200));
    static final Duration WAIT = Duration.ofSeconds(15);

    SandboxFixture fixture;
    ScheduledExecutorService scheduler;
    UiThread ui;
    OrderWatcher watcher;
    /** Every update delivered, in order; only touched on {@link #ui}. */
    final List<OrderUpdate> updates = new ArrayList<>();
    final List<Order> fresh = new CopyOnWriteArrayList<>();
    final AtomicInteger deliveries = new AtomicInteger();

    @BeforeEach
    void start() {
        fixture = new SandboxFixture();
        scheduler = OrderTrackingFeature.newScheduler();
        ui = new UiThread();
        Executor countingUi = work -> {
            deliveries.incrementAndGet();
            ui.execute(work);
        };
        watcher = new OrderWatcher(fixture.api, scheduler, countingUi, FAST, Clock.systemUTC(), fresh::add);
        watcher.addListener(updates::add);
    }

    @AfterEach
    void stop() {
        try {
            watcher.close();
            scheduler.shutdownNow();
            ui.close();
        } finally {
            fixture.close();
        }
    }

    OrderSnapshot snapshot(String id) {
        return watcher.snapshot(id).orElseThrow();
    }

    @Test
    void followsAnOrderFromNewThroughProcessingToDone() {
        fixture.durations(300, 300);
        Order placed = fixture.placeOrder();

        watcher.watch(placed);
        // the snapshot turns DONE before the update saying so is delivered: wait for the delivery
        ui.until("DONE delivered", WAIT, () -> updates.stream()
                .anyMatch(u -> u.snapshot().status() == OrderStatus.DONE));

        OrderSnapshot done = snapshot(placed.id());
        assertThat(done.order().history()).extracting(StatusChange::status).containsExactly("new", "processing", "DONE");
        assertThat(done.order().connection()).isNotNull();
        assertThat(done.polling()).isFalse();
        assertThat(fresh).extracting(Order::status).contains("DONE");
        ui.run(() -> {
            assertThat(updates).filteredOn(OrderUpdate::statusChanged).extracting(u -> u.snapshot().order().status())
                    .containsExactly("processing", "DONE");
            assertThat(deliveries.get()).isEqualTo(updates.size());
        });
    }

    @Test
    void anUnchangedOrderIsAnsweredWith304AndNoBody() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();

        watcher.watch(placed.id());
        Wait.until("three 304s", WAIT, () -> watcher.notModifiedCount() >= 3);

        OrderSnapshot snapshot = snapshot(placed.id());
        assertThat(snapshot.checks() - snapshot.notModified()).as("checks with a body").isEqualTo(1);
        assertThat(fresh).hasSize(1);
        assertThat(snapshot.order().status()).isEqualTo("new");
    }

    @Test
    void aFinishedOrderIsNeverAskedForAgain() {
        fixture.durations(100, 100);
        Order placed = fixture.placeOrder();
        watcher.watch(placed);
        Wait.until("DONE", WAIT, () -> snapshot(placed.id()).isFinished());
        int checksWhenDone = snapshot(placed.id()).checks();

        fixture.durations(60_000, 60_000);
        Order clock = fixture.placeOrder();
        watcher.watch(placed.id());
        watcher.watch(snapshot(placed.id()).order());
        watcher.watch(clock);
        Wait.until("the other order checked five times", WAIT, () -> snapshot(clock.id()).checks() >= 5);

        assertThat(snapshot(placed.id()).checks()).isEqualTo(checksWhenDone);
        assertThat(snapshot(placed.id()).polling()).isFalse();
    }

    @Test
    void aFinishedOrderKnownFromBeforeIsNotAskedForAtAll() {
        fixture.durations(100, 100);
        Order placed = fixture.placeOrder();
        watcher.watch(placed);
        Wait.until("DONE", WAIT, () -> snapshot(placed.id()).isFinished());
        Order done = snapshot(placed.id()).order();

        try (OrderWatcher restarted = new OrderWatcher(fixture.api, scheduler, ui, FAST, Clock.systemUTC(),
                o -> { })) {
            restarted.watch(done);
            assertThat(restarted.checkCount()).isZero();
            assertThat(restarted.snapshot(done.id()).orElseThrow().polling()).isFalse();
            assertThat(restarted.snapshot(done.id()).orElseThrow().order()).isEqualTo(done);
        }
    }

    @Test
    void aFailedOrderCarriesItsReasonAndStopsPolling() {
        fixture.durations(100, 100);
        fixture.nextFails("No capacity left in DE-NORTH-1.");
        Order placed = fixture.placeOrder();

        watcher.watch(placed);
        Wait.until("failed", WAIT, () -> snapshot(placed.id()).status() == OrderStatus.FAILED);

        assertThat(snapshot(placed.id()).order().failure().reason()).isEqualTo("No capacity left in DE-NORTH-1.");
        assertThat(snapshot(placed.id()).polling()).isFalse();
    }

    @Test
    void anUnreachableServerKeepsWhatIsKnownAndRecoversByItself() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        watcher.watch(placed.id());
        Wait.until("first answer", WAIT, () -> snapshot(placed.id()).health() == Health.OK);

        fixture.fault("close-before-store", "/orders/" + placed.id(), 3);
        Wait.until("unreachable", WAIT, () -> snapshot(placed.id()).failureKind() == ApiFailure.UNREACHABLE);
        assertThat(snapshot(placed.id()).order()).isNotNull();
        assertThat(snapshot(placed.id()).polling()).isTrue();

        Wait.until("reachable again", WAIT, () -> snapshot(placed.id()).health() == Health.OK);
        assertThat(snapshot(placed.id()).order().id()).isEqualTo(placed.id());
    }

    @Test
    void malformedAndOversizedAnswersAreSurvived() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();

        fixture.fault("malformed-json", "/orders/" + placed.id(), 1);
        watcher.watch(placed);
        Wait.until("bad answer", WAIT, () -> snapshot(placed.id()).failureKind() == ApiFailure.BROKEN_ANSWER);
        assertThat(snapshot(placed.id()).order()).isEqualTo(placed);
        Wait.until("good answer", WAIT, () -> snapshot(placed.id()).health() == Health.OK);

        watcher.close();
        OrderWatcher second = new OrderWatcher(fixture.api, scheduler, ui, FAST, Clock.systemUTC(), o -> { });
        try (second) {
            fixture.fault("oversized-body", "/orders/" + placed.id(), 1);
            second.watch(placed.id());
            Wait.until("oversized refused", WAIT,
                    () -> second.snapshot(placed.id()).orElseThrow().failureKind() == ApiFailure.BROKEN_ANSWER);
            Wait.until("good answer", WAIT, () -> second.snapshot(placed.id()).orElseThrow().health() == Health.OK);
        }
    }

    @Test
    void rateLimitingBacksOffAndRecovers() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        WatchSettings settings = new WatchSettings(Duration.ofMillis(40), Duration.ofMillis(100),
                Duration.ofSeconds(1));
        fixture.fault("http-429", "/orders/" + placed.id(), 2);
        DelayRecordingScheduler recording = new DelayRecordingScheduler();
        List<String> seen = new ArrayList<>();
        try (OrderWatcher limited = new OrderWatcher(fixture.api, recording, ui, settings, Clock.systemUTC(),
                o -> { })) {
            limited.addListener(u -> seen.add(u.snapshot().isTrouble()
                    ? u.snapshot().failureKind().name() : u.snapshot().health().name()));
            limited.watch(placed.id());
            ui.until("answered again after two 429s", WAIT, () -> seen.contains("OK"));

            assertThat(fixture.faultsWaiting()).as("both 429s were served").isZero();
            ui.run(() -> assertThat(seen).startsWith("RATE_LIMITED", "RATE_LIMITED", "OK"));
            // asked at once; after each 429 the pause doubles; once answered, the normal interval again
            assertThat(recording.delays).startsWith(Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(200),
                    Duration.ofMillis(40));
        } finally {
            recording.shutdownNow();
        }
    }

    @Test
    void aTokenTheServerNoLongerAcceptsIsSignedOutNotAServerError() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        try (ApiClient signedOut = new ApiClient(new ApiConfig(fixture.baseUri(), "expired-token",
                Duration.ofMillis(500), Duration.ofSeconds(2), 1, Duration.ofMillis(20), "CloudhubOrder/test"));
             OrderWatcher watching = new OrderWatcher(signedOut, scheduler, ui, FAST, Clock.systemUTC(),
                     o -> { })) {
            watching.watch(placed);
            Wait.until("a failed check", WAIT, () -> watching.snapshot(placed.id()).orElseThrow().isTrouble());

            OrderSnapshot snapshot = watching.snapshot(placed.id()).orElseThrow();
            assertThat(snapshot.failureKind()).isEqualTo(ApiFailure.SIGNED_OUT);
            assertThat(snapshot.order()).isEqualTo(placed);
        }
    }

    @Test
    void anOrderTheServerDoesNotKnowIsNotFound() {
        watcher.watch("o-unknown-to-the-server");

        Wait.until("a failed check", WAIT, () -> snapshot("o-unknown-to-the-server").isTrouble());
        assertThat(snapshot("o-unknown-to-the-server").failureKind()).isEqualTo(ApiFailure.NOT_FOUND);
    }

    @Test
    void closeStopsEveryCheck() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        watcher.watch(placed.id());
        Wait.until("checked", WAIT, () -> snapshot(placed.id()).checks() >= 1);

        watcher.close();
        int checksAtClose = watcher.checkCount();
        try (OrderWatcher clock = new OrderWatcher(fixture.api, scheduler, ui, FAST, Clock.systemUTC(),
                o -> { })) {
            clock.watch(placed.id());
            Wait.until("another watcher checked five times", WAIT,
                    () -> clock.snapshot(placed.id()).orElseThrow().checks() >= 5);
        }
        assertThat(watcher.checkCount()).isLessThanOrEqualTo(checksAtClose + 1);
        assertThat(snapshot(placed.id()).polling()).isFalse();
    }

    @Test
    void backoffDoublesAndIsCapped() {
        WatchSettings settings = new WatchSettings(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(60));
        assertThat(List.of(1, 2, 3, 4, 5, 100)).map(settings::backoff).containsExactly(Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(60),
                Duration.ofSeconds(60));
    }

    @Test
    void aRateLimitedCheckWaitsAtLeastAsLongAsTheServerAskedBeforeTheNextOne() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        fixture.control("{\"faults\":[{\"method\":\"GET\",\"path\":\"/orders/*\",\"kind\":\"http-429\","
                + "\"retryAfterSeconds\":30,\"count\":1}]}");
        DelayRecordingScheduler recording = new DelayRecordingScheduler();
        try (OrderWatcher limited = new OrderWatcher(fixture.api, recording, ui, FAST, Clock.systemUTC(),
                o -> { })) {
            limited.watch(placed.id());
            Wait.until("the check after the 429 scheduled", WAIT, () -> recording.delays.size() >= 2);

            assertThat(limited.snapshot(placed.id()).orElseThrow().failureKind()).isEqualTo(ApiFailure.RATE_LIMITED);
            assertThat(recording.delays.get(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
            assertThat(limited.checkCount()).isEqualTo(1);
        } finally {
            recording.shutdownNow();
        }
    }

    @Test
    void updatesOfAnOrderArriveInTheOrderTheyHappenedWhenAStateIsLearnedWhilePolling() {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        Thread testThread = Thread.currentThread();
        AtomicReference<CountDownLatch> hold = new AtomicReference<>();
        // the test thread is held between taking its snapshot and handing it over, until a check was handed over
        Executor delivery = work -> {
            boolean fromTest = Thread.currentThread() == testThread;
            CountDownLatch checkHandedOver = hold.get();
            if (fromTest && checkHandedOver != null) {
                awaitAtMost(checkHandedOver, Duration.ofSeconds(2));
            }
            ui.execute(work);
            if (!fromTest && checkHandedOver != null) {
                checkHandedOver.countDown();
            }
        };
        List<OrderSnapshot> seen = new ArrayList<>();
        try (OrderWatcher both = new OrderWatcher(fixture.api, scheduler, delivery, FAST, Clock.systemUTC(),
                o -> { })) {
            both.addListener(u -> seen.add(u.snapshot()));
            both.watch(placed.id());
            Wait.until("polling", WAIT, () -> both.snapshot(placed.id()).orElseThrow().health() == Health.OK);

            // e.g. the overview's list from the server: a state newer than the watcher's
            Order listed = new Order(placed.id(), placed.customerId(), "processing", placed.createdAt(),
                    placed.updatedAt().plusSeconds(60), placed.history(), placed.request(), placed.monthlyNet(),
                    null, null, placed.links());
            hold.set(new CountDownLatch(1));
            both.watch(listed);
            hold.set(null);
            int checksAfter = both.snapshot(placed.id()).orElseThrow().checks() + 2;
            ui.until("two more checks delivered", WAIT, () -> !seen.isEmpty()
                    && seen.get(seen.size() - 1).checks() >= checksAfter);

            ui.run(() -> assertThat(seen).extracting(OrderSnapshot::checks).isSorted());
        }
    }

    private static void awaitAtMost(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A real scheduler that remembers the delay of every task handed to it. */
    static final class DelayRecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Duration> delays = new CopyOnWriteArrayList<>();

        DelayRecordingScheduler() {
            super(1, work -> {
                Thread thread = new Thread(work, "recording-watcher");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delays.add(Duration.ofNanos(unit.toNanos(delay)));
            return super.schedule(command, delay, unit);
        }
    }
}
