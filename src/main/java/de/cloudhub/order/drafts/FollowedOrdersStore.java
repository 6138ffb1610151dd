package de.cloudhub.order.drafts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
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
 * The orders this app placed, remembered below the data directory in {@code orders/followed.json}
 * with the last state the app saw of each, so that a restart shows them at once and follows those
 * still in progress. Every change is written to a temporary file and moved over the old one, so a
 * crash leaves either the old or the new file, never half of one. A file that cannot be read is
 * kept as a backup beside it and the store starts empty: losing the list must never stop the app.
 * Thread-safe.
 */
public final class FollowedOrdersStore {
    private static final Logger LOG = LoggerFactory.getLogger(FollowedOrdersStore.class);
    static final int SCHEMA_VERSION = 1;
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final ObjectMapper mapper = ModelJson.newMapper();
    private final Clock clock;
    private final Map<String, Order> orders = new LinkedHashMap<>();

    public FollowedOrdersStore(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public FollowedOrdersStore(Path dataDir, Clock clock) {
        this.file = Objects.requireNonNull(dataDir, "dataDir").resolve("orders").resolve("followed.json");
        this.clock = Objects.requireNonNull(clock, "clock");
        load();
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
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

    /**
     * Remembers {@code order} (or its newer state) and writes the file.
     *
     * @throws UncheckedIOException when the file cannot be written; the order stays remembered in memory
     */
    public synchronized void put(Order order) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.id(), "order.id");
        Order previous = orders.put(order.id(), order);
        if (order.equals(previous)) {
            return;
        }
        write();
    }

    /** Remembers {@code order} only when it is already followed; for updates seen while polling. */
    public synchronized void update(Order order) {
        if (order != null && orders.containsKey(order.id())) {
            put(order);
        }
    }

    private void load() {
        List<Order> loaded;
        try {
            StoredOrders stored = mapper.readValue(file.toFile(), StoredOrders.class);
            loaded = stored == null || stored.orders() == null ? List.of() : stored.orders();
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return;
        } catch (IOException | RuntimeException e) {
            keepBackupOfUnreadableFile(e);
            return;
        }
        for (Order order : loaded) {
            if (order != null && order.id() != null) {
                orders.put(order.id(), order);
            }
        }
        LOG.info("Following {} order(s) from {}", orders.size(), file);
    }

    private void keepBackupOfUnreadableFile(Exception cause) {
        Path backup = file.resolveSibling(file.getFileName() + ".unreadable-" + BACKUP_STAMP.format(clock.instant()));
        try {
            Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("Could not read the followed orders in {}; kept it as {} and started with an empty list",
                    file, backup, cause);
        } catch (IOException moveFailed) {
            LOG.warn("Could not read the followed orders in {} nor keep a backup of it; starting with an empty list",
                    file, cause);
        }
    }

    private void write() {
        try {
            JsonFiles.writeAtomically(mapper, file, new StoredOrders(SCHEMA_VERSION, new ArrayList<>(orders.values())));
        } catch (IOException e) {
            LOG.warn("Could not write the followed orders to {}", file, e);
            throw new UncheckedIOException(e);
        }
    }

    /** The file's layout; {@code schemaVersion} lets a later version migrate it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredOrders(int schemaVersion, List<Order> orders) {
    }
}
