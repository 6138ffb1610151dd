package de.cloudhub.order.drafts;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderDraftJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the files of versions before the local store into it: the order kept for later
 * ({@code drafts/kept-order.json}) becomes a draft, {@code orders/followed.json} the followed orders. Each file
 * is renamed to {@code *.imported} once its content is committed, never deleted. It runs at every open and
 * imports whatever such file it finds (so a file put back by hand is imported too); a crash between the
 * commit and the rename imports the same content again without a duplicate, because the draft's id is made
 * from the file's content and rows already there are kept.
 */
final class LegacyImport {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyImport.class);
    static final String IMPORTED = ".imported";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Clock clock;
    private final ObjectMapper json = ModelJson.newMapper();

    LegacyImport(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    static Path keptOrderFile(Path dataDir) {
        return new DraftStore(dataDir).file();
    }

    static Path followedOrdersFile(Path dataDir) {
        return dataDir.resolve("orders").resolve("followed.json");
    }

    /** Imports what it finds; a file it cannot import stays where it is and never stops the start. */
    void run(Connection connection) {
        try {
            importKeptOrder(connection);
            importFollowedOrders(connection);
        } catch (RuntimeException e) {
            LOG.warn("Importing the files of an earlier version failed; they stay where they are", e);
        }
    }

    private void importKeptOrder(Connection connection) {
        DraftStore kept = new DraftStore(dataDir);
        if (!kept.exists()) {
            return;
        }
        Instant keptAt = kept.keptAt().orElse(clock.instant());
        try {
            byte[] content = Files.readAllBytes(kept.file());
            OrderDraft draft;
            try {
                draft = OrderDraftJson.fromJson(new String(content, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                moveAside(kept.file(), ".unreadable-" + STAMP.format(clock.instant()));
                LOG.warn("The kept order {} cannot be read ({}); moved it aside", kept.file(), e.getMessage());
                return;
            }
            // a kept order with a key may have been sent: only a lookup of the key can tell
            DraftState state = draft.getIdempotencyKey() == null ? DraftState.DRAFT : DraftState.OUTCOME_UNKNOWN;
            DraftRecord record = new DraftRecord(UUID.nameUUIDFromBytes(content).toString(), "", false,
                    draft.getCustomerId(), null, keptAt, keptAt, null, state, null, draft.toRequest(),
                    draft.getIdempotencyKey(), draft.getQuotedMonthlyNet(),
                    draft.getTerms() == null ? null : draft.getTerms().version());
            try (PreparedStatement insert = connection.prepareStatement(
                    SqliteDrafts.UPSERT.replace("INSERT OR REPLACE", "INSERT OR IGNORE"))) {
                // made before accounts: the account that claimed that time's drafts gets it, else the first one will
                SqliteDrafts.bind(insert, record, json.writeValueAsString(record.order()), UnownedClaim.claimedBy(connection));
                insert.executeUpdate();
            }
            Path moved = moveAside(kept.file(), IMPORTED);
            LOG.info("Imported the kept order from {} as draft {} ({}); the file is now {}", kept.file(), record.id(),
                    state, moved);
        } catch (IOException | SQLException e) {
            LOG.warn("Cannot import the kept order {}; it stays where it is: {}", kept.file(), e.getMessage());
        }
    }

    private void importFollowedOrders(Connection connection) {
        Path file = followedOrdersFile(dataDir);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            List<Order> orders;
            try {
                StoredOrders stored = json.readValue(file.toFile(), StoredOrders.class);
                orders = stored == null || stored.orders() == null ? List.of() : stored.orders();
            } catch (IOException | RuntimeException e) {
                moveAside(file, ".unreadable-" + STAMP.format(clock.instant()));
                LOG.warn("The followed orders in {} cannot be read ({}); moved the file aside", file, e.getMessage());
                return;
            }
            String owner = UnownedClaim.claimedBy(connection);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO followed_orders "
                    + "(account, order_id, order_json, created_at) VALUES (?, ?, ?, ?)")) {
                for (Order order : orders) {
                    if (order != null && order.id() != null) {
                        insert.setString(1, owner);
                        insert.setString(2, order.id());
                        insert.setString(3, json.writeValueAsString(order));
                        insert.setString(4, order.createdAt() == null ? null : LocalStore.sortable(order.createdAt()));
                        insert.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            Path moved = moveAside(file, IMPORTED);
            LOG.info("Imported {} followed order(s) from {}; the file is now {}", orders.size(), file, moved);
        } catch (IOException | SQLException e) {
            LOG.warn("Cannot import the followed orders {}; the file stays where it is: {}", file, e.getMessage());
        }
    }

    /** Renames {@code file} to {@code file + suffix}, or with a time stamp after it when that name is taken. */
    private Path moveAside(Path file, String suffix) throws IOException {
        Path target = DatabaseOpener.sibling(file, suffix);
        if (Files.exists(target)) {
            target = DatabaseOpener.sibling(file, suffix + "-" + STAMP.format(clock.instant()));
        }
        for (int n = 2; Files.exists(target); n++) {
            target = DatabaseOpener.sibling(file, suffix + "-" + STAMP.format(clock.instant()) + "-" + n);
        }
        return Files.move(file, target);
    }

    /** The layout of {@code followed.json} (schema version 1). */
    record StoredOrders(int schemaVersion, List<Order> orders) {
    }
}
