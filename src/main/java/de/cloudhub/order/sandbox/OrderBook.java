package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import de.cloudhub.order.model.ConnectionInfo;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderFailure;
import de.cloudhub.order.model.OrderLinks;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.StatusChange;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders the sandbox holds, the idempotency keys that created them and the timer that moves each
 * order {@code new → processing → DONE|failed}.
 */
final class OrderBook {
    /** The contract promises at least 24 h. */
    static final Duration KEY_RETENTION = Duration.ofHours(25);
    static final int CONNECTION_PORT = 6380;

    private static final Logger LOG = LoggerFactory.getLogger(OrderBook.class);
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final ScheduledExecutorService timer;
    private final SandboxSettings settings;
    private final Clock clock;
    private final String origin;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, KeyRecord> keys = new HashMap<>();
    private long generation;

    /** Where the book is kept between runs; null: in memory only. */
    private final SandboxStateFile stateFile;

    OrderBook(ScheduledExecutorService timer, SandboxSettings settings, Clock clock, String origin) {
        this(timer, settings, clock, origin, null);
    }

    /** @param stateFile where orders and keys are kept between runs (and read from now); null for memory only */
    OrderBook(ScheduledExecutorService timer, SandboxSettings settings, Clock clock, String origin,
              SandboxStateFile stateFile) {
        this.timer = Objects.requireNonNull(timer);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.origin = Objects.requireNonNull(origin);
        this.stateFile = stateFile;
        if (stateFile != null) {
            restore();
        }
    }

    /**
     * Takes the orders, outcomes and keys of an earlier run; links move to this run's origin (the port
     * may differ), and orders still in progress go on from where they were.
     */
    private synchronized void restore() {
        SandboxStateFile.Stored stored = stateFile.read().orElse(null);
        if (stored == null) {
            return;
        }
        for (Order o : stored.orders() == null ? List.<Order>of() : stored.orders()) {
            if (o == null || o.id() == null) {
                continue;
            }
            orders.put(o.id(), new Order(o.id(), o.customerId(), o.status(), o.createdAt(), o.updatedAt(), o.history(),
                    o.request(), o.monthlyNet(), o.failure(), o.connection(), linksOf(o.id()), o.monthlyVat(),
                    o.reverseCharge()));
        }
        if (stored.outcomes() != null) {
            stored.outcomes().forEach((id, outcome) -> outcomes.put(id,
                    new Outcome(OrderStatus.parse(outcome.status()), outcome.reason())));
        }
        if (stored.keys() != null) {
            for (SandboxStateFile.StoredKey key : stored.keys()) {
                if (key != null && key.scopedKey() != null && key.orderId() != null && key.at() != null) {
                    keys.put(key.scopedKey(), new KeyRecord(key.body(), key.orderId(), key.at()));
                }
            }
        }
        purgeOldKeys();
        for (Order order : orders.values()) {
            OrderStatus status = order.parsedStatus();
            if (status == OrderStatus.NEW) {
                schedule(order.id(), OrderStatus.PROCESSING, settings.newDuration());
            } else if (status == OrderStatus.PROCESSING) {
                schedule(order.id(), OrderStatus.DONE, settings.processingDuration());
            }
        }
        LOG.info("Sandbox knows {} order(s) and {} key(s) from {}", orders.size(), keys.size(), stateFile.file());
    }

    /** Writes the book to its file, when it has one. Caller holds the lock. */
    private void save() {
        if (stateFile == null) {
            return;
        }
        Map<String, SandboxStateFile.StoredOutcome> storedOutcomes = new LinkedHashMap<>();
        outcomes.forEach((id, outcome) -> storedOutcomes.put(id,
                new SandboxStateFile.StoredOutcome(outcome.status().wireName(), outcome.reason())));
        List<SandboxStateFile.StoredKey> storedKeys = keys.entrySet().stream()
                .filter(e -> e.getValue().orderId() != null)
                .map(e -> new SandboxStateFile.StoredKey(e.getKey(), e.getValue().body(), e.getValue().orderId(),
                        e.getValue().at()))
                .toList();
        stateFile.write(new SandboxStateFile.Stored(SandboxStateFile.SCHEMA_VERSION, new ArrayList<>(orders.values()),
                storedOutcomes, storedKeys));
    }

    private OrderLinks linksOf(String id) {
        return new OrderLinks(origin + "/portal/orders/" + id, origin + "/portal/support/new?order=" + id);
    }

    enum ClaimResult { CLAIMED, REPLAY, IN_PROGRESS, REUSED }

    record Claim(ClaimResult result, String orderId) {
    }

    private record KeyRecord(JsonNode body, String orderId, Instant at) {
    }

    /**
     * Claims an idempotency key for this body: CLAIMED for a new key, REPLAY with the order it
     * created, IN_PROGRESS while its first request runs, REUSED for a different body.
     */
    synchronized Claim claim(String scopedKey, JsonNode body) {
        purgeOldKeys();
        KeyRecord existing = keys.get(scopedKey);
        if (existing == null) {
            keys.put(scopedKey, new KeyRecord(body, null, now()));
            return new Claim(ClaimResult.CLAIMED, null);
        }
        if (existing.orderId() == null) {
            return new Claim(ClaimResult.IN_PROGRESS, null);
        }
        if (!existing.body().equals(body)) {
            return new Claim(ClaimResult.REUSED, existing.orderId());
        }
        return new Claim(ClaimResult.REPLAY, existing.orderId());
    }

    /** Frees a key whose request was refused, so the client may correct the body and send it again. */
    synchronized void release(String scopedKey) {
        KeyRecord record = keys.get(scopedKey);
        if (record != null && record.orderId() == null) {
            keys.remove(scopedKey);
        }
    }

    /** Stores a new order for a claimed key and starts its timer. */
    synchronized Order create(String scopedKey, String customerId, OrderRequest request, PriceQuote price) {
        String id = newId();
        Instant now = now();
        Order order = new Order(id, customerId, OrderStatus.NEW.wireName(), now, now,
                List.of(new StatusChange(OrderStatus.NEW.wireName(), now)), request, price.net(), null, null,
                linksOf(id), price.vat(), price.reverseCharge());
        orders.put(id, order);
        outcomes.put(id, settings.takeOutcome());
        KeyRecord claimed = keys.get(scopedKey);
        keys.put(scopedKey, new KeyRecord(claimed == null ? null : claimed.body(), id, now));
        schedule(id, OrderStatus.PROCESSING, settings.newDuration());
        save();
        LOG.info("Order {} stored for customer {}", id, customerId);
        return order;
    }

    /**
     * The order a key created, if any: empty for an unknown key, a key whose first request is still
     * running, or a key past its retention.
     */
    synchronized Optional<String> orderIdForKey(String scopedKey) {
        purgeOldKeys();
        KeyRecord record = keys.get(scopedKey);
        return record == null ? Optional.empty() : Optional.ofNullable(record.orderId());
    }

    synchronized Optional<Order> get(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** Newest first. */
    synchronized List<Order> list(Predicate<Order> filter) {
        List<Order> result = new ArrayList<>(orders.values().stream().filter(filter).toList());
        java.util.Collections.reverse(result);
        return result;
    }

    synchronized int orderCount() {
        return orders.size();
    }

    synchronized int keyCount() {
        return keys.size();
    }

    synchronized void reset() {
        generation++;
        orders.clear();
        outcomes.clear();
        keys.clear();
        save();
    }

    private void schedule(String id, OrderStatus next, Duration after) {
        long scheduledGeneration = generation;
        timer.schedule(() -> advance(id, next, scheduledGeneration), Math.max(0, after.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void advance(String id, OrderStatus next, long scheduledGeneration) {
        Order order = orders.get(id);
        if (scheduledGeneration != generation || order == null) {
            return;
        }
        Instant now = now();
        OrderStatus status = next;
        OrderFailure failure = null;
        ConnectionInfo connection = null;
        if (next != OrderStatus.PROCESSING) {
            Outcome outcome = outcomes.getOrDefault(id, Outcome.DONE);
            status = outcome.status();
            if (status == OrderStatus.FAILED) {
                failure = new OrderFailure(outcome.reason());
            } else {
                String region = order.request().region() == null ? "de-north"
                        : order.request().region().toLowerCase(Locale.ROOT);
                connection = new ConnectionInfo(id + ".valkey." + region + ".sandbox.cloudhub.example",
                        CONNECTION_PORT, true);
            }
        }
        List<StatusChange> history = new ArrayList<>(order.history());
        history.add(new StatusChange(status.wireName(), now));
        orders.put(id, new Order(id, order.customerId(), status.wireName(), order.createdAt(), now, history,
                order.request(), order.monthlyNet(), failure, connection, order.links(), order.monthlyVat(),
                order.reverseCharge()));
        save();
        LOG.info("Order {} is now {}", id, status.wireName());
        if (next == OrderStatus.PROCESSING) {
            schedule(id, OrderStatus.DONE, settings.processingDuration());
        }
    }

    private void purgeOldKeys() {
        Instant oldest = now().minus(KEY_RETENTION);
        keys.values().removeIf(r -> r.orderId() != null && r.at().isBefore(oldest));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private String newId() {
        StringBuilder id;
        do {
            id = new StringBuilder("ord-");
            for (int i = 0; i < 10; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
        } while (orders.containsKey(id.toString()));
        return id.toString();
    }
}
