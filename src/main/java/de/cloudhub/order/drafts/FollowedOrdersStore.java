package de.cloudhub.order.drafts;

import de.cloudhub.order.model.Order;
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
 * The orders this app placed, with the last state the app saw of each, so that a restart shows them at once
 * and follows those still in progress. Kept in the {@link LocalStore}; this class holds them in memory as well
 * so that its reads answer at once on any thread, and hands every change to the store's writer thread. A write
 * that fails is kept and retried by the store (see {@link LocalStore#status()}); it never reaches the caller.
 * Thread-safe.
 */
public final class FollowedOrdersStore {
    private static final Logger LOG = LoggerFactory.getLogger(FollowedOrdersStore.class);

    private final LocalStore store;
    private final Map<String, Order> orders = new LinkedHashMap<>();

    /** Reads the followed orders from {@code store}; blocks for that read, so build it off the FX thread. */
    public FollowedOrdersStore(LocalStore store) {
        this.store = Objects.requireNonNull(store, "store");
        for (Order order : store.followedOrders().join()) {
            orders.put(order.id(), order);
        }
        LOG.info("Following {} order(s)", orders.size());
    }

    /** Every followed order as last seen, newest first. */
    public synchronized List<Order> all() {
        List<Order> list = new ArrayList<>(orders.values());
        list.sort(Comparator.comparing(Order::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return List.copyOf(list);
    }

    public synchronized Optional<Order> get(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    public synchronized boolean isFollowed(String orderId) {
        return orders.containsKey(orderId);
    }

    /** Remembers {@code order} (or its newer state) and hands it to the store to be written. */
    public synchronized void put(Order order) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.id(), "order.id");
        Order previous = orders.put(order.id(), order);
        if (!order.equals(previous)) {
            store.putFollowedOrder(order);
        }
    }

    /** Remembers {@code order} only when it is already followed; for updates seen while polling. */
    public synchronized void update(Order order) {
        if (order != null && orders.containsKey(order.id())) {
            put(order);
        }
    }
}
