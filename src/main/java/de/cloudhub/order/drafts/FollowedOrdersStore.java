package de.cloudhub.order.drafts;

import de.cloudhub.order.model.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders this app placed, with the last state the app saw of each and when it saw it, so that a restart
 * (or a lost connection) shows them at once and follows those still in progress. Kept in the
 * {@link LocalStore}; this class holds them in memory as well so that its reads answer at once on any thread,
 * and hands every change to the store's writer thread. A write that fails is kept and retried by the store
 * (see {@link LocalStore#status()}); it never reaches the caller. Thread-safe.
 */
public final class FollowedOrdersStore {
    private static final Logger LOG = LoggerFactory.getLogger(FollowedOrdersStore.class);
    /**
     * An unchanged order seen again is written only when its stored time is older than this: a list of thousands
     * of orders loaded again must not mean thousands of writes, and "seen at" need not be exact to the second.
     */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(5);

    /** Whose orders these are; null for nobody's (kept in memory only). */
    private final AccountStore store;
    private final Clock clock;
    private final Map<String, FollowedOrder> orders = new LinkedHashMap<>();

    /** Reads the orders {@code account} follows; blocks for that read, so build it off the FX thread. */
    public FollowedOrdersStore(AccountStore account) {
        this(account, Clock.systemUTC());
    }

    /** @param clock what "seen now" means */
    public FollowedOrdersStore(AccountStore account, Clock clock) {
        this.store = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (FollowedOrder followed : account.followedOrders().join()) {
            orders.put(followed.order().id(), followed);
        }
        LOG.info("Following {} order(s) of {}", orders.size(), account.key());
    }

    private FollowedOrdersStore(Clock clock) {
        this.store = null;
        this.clock = clock;
    }

    /**
     * The followed orders while nobody is signed in: none, and an order put in is kept in memory only (nobody
     * can place one; this only stands in until an account is known).
     */
    public static FollowedOrdersStore ofNobody() {
        return new FollowedOrdersStore(Clock.systemUTC());
    }

    /** Every followed order as last seen, newest first. */
    public synchronized List<Order> all() {
        List<Order> list = new ArrayList<>(orders.size());
        orders.values().forEach(f -> list.add(f.order()));
        list.sort(Comparator.comparing(Order::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return List.copyOf(list);
    }

    public synchronized Optional<Order> get(String orderId) {
        FollowedOrder followed = orders.get(orderId);
        return followed == null ? Optional.empty() : Optional.of(followed.order());
    }

    /** When the server last sent the state {@link #get} holds; empty when not followed or not known. */
    public synchronized Optional<Instant> seenAt(String orderId) {
        FollowedOrder followed = orders.get(orderId);
        return followed == null ? Optional.empty() : Optional.ofNullable(followed.seenAt());
    }

    public synchronized boolean isFollowed(String orderId) {
        return orders.containsKey(orderId);
    }

    /** Remembers {@code order} (or its newer state), seen now, and hands it to the store to be written. */
    public void put(Order order) {
        put(order, clock.instant());
    }

    /** Remembers {@code order} as the server sent it at {@code seenAt} and hands it to the store to be written. */
    public synchronized void put(Order order, Instant seenAt) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.id(), "order.id");
        FollowedOrder previous = orders.get(order.id());
        if (previous != null && order.equals(previous.order()) && !seenLongAfter(seenAt, previous.seenAt())) {
            return;
        }
        Instant seen = previous != null && order.equals(previous.order()) && seenAt == null ? previous.seenAt() : seenAt;
        FollowedOrder next = new FollowedOrder(order, seen);
        orders.put(order.id(), next);
        if (store != null) {
            store.putFollowedOrder(next);
        }
    }

    /** Remembers {@code order}, seen now, only when it is already followed; for updates seen while polling. */
    public void update(Order order) {
        update(order, clock.instant());
    }

    /** Remembers {@code order} as seen at {@code seenAt} only when it is already followed. */
    public synchronized void update(Order order, Instant seenAt) {
        if (order != null && orders.containsKey(order.id())) {
            put(order, seenAt);
        }
    }

    private static boolean seenLongAfter(Instant seen, Instant stored) {
        return seen != null && (stored == null || seen.isAfter(stored.plus(SEEN_PRECISION)));
    }
}
