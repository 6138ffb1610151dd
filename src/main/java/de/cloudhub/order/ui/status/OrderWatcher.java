package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.api.Conditional;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.status.OrderSnapshot.Health;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows orders in progress by asking {@code GET /orders/{id}} with the last ETag (a 304 costs no
 * body), every {@link WatchSettings#pollInterval()} while the order is {@code new} or
 * {@code processing}; after an error it waits longer each time (capped), and when the server answered the
 * client's last try with a {@code Retry-After} (429, 503), at least as long as the server asked (up to
 * {@link #LONGEST_SERVER_PAUSE}). A finished order ({@code DONE}, {@code failed}) is never asked for again. An
 * unknown status keeps being asked for, with a growing (capped) pause.
 * <p>
 * All orders share the one injected scheduler: an order is a scheduled task, never a thread. All checks
 * share one budget ({@link WatchSettings#checksPerSecond()}), so following thousands of orders stays
 * within the server's rate limit: each is then asked for less often.
 * Blocking HTTP runs on the scheduler; listeners are called through {@code delivery}, which queues
 * the call on the thread the view-models live on ({@code Platform::runLater} in the app, one stand-in
 * thread in tests); the updates of one order arrive there in the order they happened. Free of JavaFX.
 */
public final class OrderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrderWatcher.class);
    /** The longest {@code Retry-After} honoured; a longer one (or an absurd HTTP-date) waits this long. */
    static final Duration LONGEST_SERVER_PAUSE = Duration.ofHours(1);

    private final ApiClient api;
    private final ScheduledExecutorService scheduler;
    private final Executor delivery;
    private final WatchSettings settings;
    private final Clock clock;
    private final Consumer<Order> freshOrders;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<Consumer<OrderUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final List<Consumer<Boolean>> connectionListeners = new CopyOnWriteArrayList<>();
    private final RequestBudget budget;
    private volatile boolean closed;
    private final Object connectionLock = new Object();
    /** Guarded by {@link #connectionLock}: whether the server could not be used at the last report. */
    private boolean offline;

    /**
     * @param freshOrders called on the polling thread with every order body the server sends (not
     *                    for a 304), e.g. to remember the latest state on disk
     */
    public OrderWatcher(ApiClient api, ScheduledExecutorService scheduler, Executor delivery, WatchSettings settings,
                        Clock clock, Consumer<Order> freshOrders) {
        this.api = Objects.requireNonNull(api, "api");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.freshOrders = Objects.requireNonNull(freshOrders, "freshOrders");
        this.budget = new RequestBudget(settings.checksPerSecond(), settings.checksBurst());
    }

    /** Follows {@code order}, known already (placed, or remembered): asked for only while not finished. */
    public void watch(Order order) {
        watch(order, null);
    }

    /**
     * As {@link #watch(Order)}, for an order remembered with the time the server last sent it ({@code seenAt},
     * null when not known): shown as "last seen" until the server answers.
     */
    public void watch(Order order, Instant seenAt) {
        Objects.requireNonNull(order, "order");
        Entry entry = entries.computeIfAbsent(order.id(), Entry::new);
        synchronized (entry) {
            boolean learned = entry.learn(order);
            boolean seenLater = !learned && seenAt != null && order.equals(entry.order)
                    && (entry.seenBefore == null || seenAt.isAfter(entry.seenBefore));
            if (learned || seenLater) {
                // the time belongs to the state it was seen with
                entry.seenBefore = seenAt;
            }
            if (learned || seenLater) {
                publish(new OrderUpdate(entry.snapshot(), null, false));
            }
        }
        startPolling(entry, Duration.ZERO);
    }

    /**
     * Whether the server can be used, as seen by anyone who talks to it (a check of this watcher, the orders
     * list, the app's own connection check): {@code failure} null when it answered, else why not. Only a failure
     * that {@linkplain ApiFailure#meansOffline() means offline} counts as offline; a refusal is an answer.
     * Connection listeners hear of every change, through the delivery executor.
     */
    public void reportConnection(FailureMessage failure) {
        boolean now = failure != null && failure.kind().meansOffline();
        synchronized (connectionLock) {
            if (now == offline) {
                return;
            }
            offline = now;
            LOG.info(now ? "The server cannot be used ({}); showing what is known locally" : "The server answers again{}",
                    now ? failure.kind() : "");
            if (!now) {
                checkFailedSoon();
            }
            if (closed) {
                return;
            }
            try {
                delivery.execute(() -> {
                    for (Consumer<Boolean> listener : connectionListeners) {
                        try {
                            listener.accept(now);
                        } catch (RuntimeException e) {
                            LOG.error("A connection listener failed", e);
                        }
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.debug("Delivery stopped; connection change dropped");
            }
        }
    }

    /** The server answers again: the orders whose last check failed are asked for now, not after their back-off. */
    private void checkFailedSoon() {
        for (Entry entry : entries.values()) {
            synchronized (entry) {
                // a pause that has not started yet is cancelled and replaced; a check already running goes on by itself
                if (entry.health == Health.FAILED && entry.future != null && !entry.isFinished()
                        && entry.future.cancel(false)) {
                    schedule(entry, Duration.ZERO);
                }
            }
        }
    }

    /** True while the last report said the server cannot be used. */
    public boolean isOffline() {
        synchronized (connectionLock) {
            return offline;
        }
    }

    /** Called with true when the server can no longer be used, false when it answers again; on the delivery thread. */
    public void addConnectionListener(Consumer<Boolean> listener) {
        connectionListeners.add(Objects.requireNonNull(listener));
    }

    public void removeConnectionListener(Consumer<Boolean> listener) {
        connectionListeners.remove(listener);
    }

    /** Follows the order with this id; asks the server for it now unless it is known to be finished. */
    public void watch(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        startPolling(entries.computeIfAbsent(orderId, Entry::new), Duration.ZERO);
    }

    public Optional<OrderSnapshot> snapshot(String orderId) {
        Entry entry = entries.get(orderId);
        return entry == null ? Optional.empty() : Optional.of(entry.snapshot());
    }

    public void addListener(Consumer<OrderUpdate> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<OrderUpdate> listener) {
        listeners.remove(listener);
    }

    /** How many checks ended in 304 Not Modified, over all orders. */
    public int notModifiedCount() {
        return notModified.get();
    }

    /** How many checks were made, over all orders. */
    public int checkCount() {
        return checks.get();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Stops every scheduled check; a check already running finishes but reports nothing. Idempotent. */
    @Override
    public void close() {
        closed = true;
        for (Entry entry : entries.values()) {
            synchronized (entry) {
                entry.cancel();
            }
        }
        listeners.clear();
        connectionListeners.clear();
    }

    private void startPolling(Entry entry, Duration delay) {
        synchronized (entry) {
            if (entry.future != null || entry.isFinished()) {
                return;
            }
            schedule(entry, delay);
        }
    }

    /** Caller holds the entry's lock. */
    private void schedule(Entry entry, Duration delay) {
        if (closed || entry.isFinished()) {
            entry.future = null;
            return;
        }
        try {
            entry.future = scheduler.schedule(() -> checkWithinBudget(entry), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Scheduler stopped; no longer following order {}", entry.orderId);
            entry.future = null;
        }
    }

    /** A check when it is due: now if the budget has a token, else when its reserved token comes. */
    private void checkWithinBudget(Entry entry) {
        if (closed) {
            return;
        }
        long wait = budget.reserve(System.nanoTime());
        if (wait <= 0) {
            check(entry);
            return;
        }
        synchronized (entry) {
            if (closed || entry.isFinished()) {
                entry.future = null;
                return;
            }
            try {
                entry.future = scheduler.schedule(() -> check(entry), wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("Scheduler stopped; no longer following order {}", entry.orderId);
                entry.future = null;
            }
        }
    }

    private void check(Entry entry) {
        if (closed) {
            return;
        }
        String etag;
        synchronized (entry) {
            etag = entry.etag;
        }
        Conditional<Order> answer = null;
        Health health;
        FailureMessage failure = null;
        Duration serverAskedPause = Duration.ZERO;
        try {
            answer = api.order(entry.orderId, etag);
            health = Health.OK;
            if (answer == null || (!answer.notModified() && answer.value() == null)) {
                health = Health.FAILED;
                failure = FailureMessage.of(ApiFailure.BROKEN_ANSWER);
                LOG.warn("Checking order {}: the answer holds no order", entry.orderId);
            }
        } catch (RuntimeException e) {
            health = Health.FAILED;
            failure = FailureMessage.of(e);
            // the client's own tries are used up; the server's Retry-After still holds for the next check
            serverAskedPause = failure.retryAfter() == null ? Duration.ZERO : bounded(failure.retryAfter());
            if (failure.kind() == ApiFailure.OTHER) {
                LOG.error("Checking order {} failed unexpectedly", entry.orderId, e);
            } else {
                LOG.info("Checking order {} failed ({}): {}{}", entry.orderId, failure.kind(), e.getMessage(),
                        serverAskedPause.isZero() ? "" : "; the server asked to wait " + serverAskedPause.toMillis() + " ms");
            }
        }
        checks.incrementAndGet();
        if (health == Health.OK && answer.notModified()) {
            notModified.incrementAndGet();
        }
        Instant now = clock.instant();
        boolean changed;
        String statusBefore;
        Order fresh = null;
        synchronized (entry) {
            entry.future = null;
            String before = entry.order == null ? null : entry.order.status();
            entry.checks++;
            entry.lastChecked = now;
            entry.health = health;
            entry.failure = failure;
            if (health == Health.OK) {
                entry.lastAnswer = now;
                entry.failuresInARow = 0;
                if (answer.notModified()) {
                    entry.notModified++;
                } else {
                    fresh = answer.value();
                    entry.order = fresh;
                    entry.etag = answer.etag();
                }
            } else {
                entry.failuresInARow++;
            }
            changed = fresh != null && before != null && !sameStatus(before, fresh.status());
            statusBefore = changed ? before : null;
            Duration next = nextDelay(entry, serverAskedPause);
            if (!closed && !entry.isFinished()) {
                schedule(entry, next);
            }
        }
        reportConnection(failure);
        if (fresh != null) {
            try {
                freshOrders.accept(fresh);
            } catch (RuntimeException e) {
                LOG.warn("Could not remember the new state of order {}", entry.orderId, e);
            }
        }
        synchronized (entry) {
            // the state as it is now, handed over under the lock: updates of one order never overtake each other
            publish(new OrderUpdate(entry.snapshot(), statusBefore, changed));
        }
    }

    /** Caller holds the entry's lock. */
    private Duration nextDelay(Entry entry, Duration serverAskedPause) {
        if (entry.health != Health.OK) {
            Duration backoff = settings.backoff(entry.failuresInARow);
            return serverAskedPause.compareTo(backoff) > 0 ? serverAskedPause : backoff;
        }
        if (entry.order != null && entry.order.parsedStatus() == OrderStatus.UNKNOWN) {
            entry.unknownInARow++;
            Duration backoff = settings.backoff(entry.unknownInARow);
            return backoff.compareTo(settings.pollInterval()) > 0 ? backoff : settings.pollInterval();
        }
        entry.unknownInARow = 0;
        return settings.pollInterval();
    }

    /** A server's pause, kept to {@link #LONGEST_SERVER_PAUSE} so a hostile value cannot stop polling for good. */
    private static Duration bounded(Duration asked) {
        return asked.compareTo(LONGEST_SERVER_PAUSE) > 0 ? LONGEST_SERVER_PAUSE : asked;
    }

    private static boolean sameStatus(String a, String b) {
        return a.trim().toLowerCase(Locale.ROOT).equals(b == null ? "" : b.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Hands {@code update} to the delivery executor. Callers hold the entry's lock, so the updates of one
     * order are handed over in the order they happened; the executor only queues (e.g. {@code
     * Platform::runLater}).
     */
    private void publish(OrderUpdate update) {
        if (closed || listeners.isEmpty()) {
            return;
        }
        try {
            delivery.execute(() -> {
                for (Consumer<OrderUpdate> listener : listeners) {
                    try {
                        listener.accept(update);
                    } catch (RuntimeException e) {
                        LOG.error("An order listener failed for order {}", update.orderId(), e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Delivery stopped; update of order {} dropped", update.orderId());
        }
    }

    /** The state of one followed order; guarded by its own monitor. */
    private final class Entry {
        final String orderId;
        Order order;
        String etag;
        Instant lastChecked;
        Instant lastAnswer;
        /** When an earlier run last saw {@link #order} (from the local store); null when not known. */
        Instant seenBefore;
        Health health = Health.PENDING;
        FailureMessage failure;
        int failuresInARow;
        int unknownInARow;
        int checks;
        int notModified;
        ScheduledFuture<?> future;

        Entry(String orderId) {
            this.orderId = orderId;
        }

        /** Takes a locally known state when it is newer than what is known; true when taken. */
        boolean learn(Order known) {
            if (order != null && known.updatedAt() != null && order.updatedAt() != null
                    && !known.updatedAt().isAfter(order.updatedAt())) {
                return false;
            }
            if (known.equals(order)) {
                return false;
            }
            order = known;
            etag = null;
            return true;
        }

        boolean isFinished() {
            return order != null && order.parsedStatus().isTerminal();
        }

        void cancel() {
            if (future != null) {
                future.cancel(false);
                future = null;
            }
        }

        synchronized OrderSnapshot snapshot() {
            return new OrderSnapshot(orderId, order, lastChecked, lastAnswer, health, failure,
                    future != null && !closed, checks, notModified, seenBefore);
        }
    }
}
