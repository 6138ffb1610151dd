package de.cloudhub.order.drafts;

import de.cloudhub.order.model.OrderRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts of one account in the drafts table of the {@link LocalStore}; the order input is kept as the
 * {@code POST /orders} JSON. Every query names the account (the index {@code drafts_by_account} starts with it),
 * and the pending changes it overlays are this account's only.
 */
final class SqliteDrafts implements DraftRepository {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDrafts.class);
    private static final String KEY = "draft:";
    private static final String COLUMNS = "id, title, title_by_person, customer_id, customer_name, created_at, "
            + "updated_at, page_id, state, order_id, idempotency_key, price_seen, terms_version_seen, order_json";
    static final String UPSERT = "INSERT OR REPLACE INTO drafts (" + COLUMNS
            + ", account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final Comparator<DraftRecord> NEWEST_FIRST =
            Comparator.comparing(DraftRecord::updatedAt).reversed().thenComparing(DraftRecord::id);

    private final LocalStore store;
    private final AccountKey account;
    /** The start of this account's keys of pending changes. */
    private final String key;

    SqliteDrafts(LocalStore store, AccountKey account) {
        this.store = store;
        this.account = Objects.requireNonNull(account, "account");
        this.key = KEY + account.tag();
    }

    @Override
    public CompletableFuture<List<DraftRecord>> all() {
        return store.read(c -> {
            Map<String, DraftRecord> drafts = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM drafts WHERE account = ?")) {
                select.setString(1, account.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        readRow(rows).ifPresent(draft -> drafts.put(draft.id(), draft));
                    }
                }
            }
            store.overlay(key, drafts, DraftRecord.class);
            List<DraftRecord> list = new ArrayList<>(drafts.values());
            list.sort(NEWEST_FIRST);
            return List.copyOf(list);
        });
    }

    /** Only the rows in those states are read, not the whole table. */
    @Override
    public CompletableFuture<List<DraftRecord>> inStates(java.util.Set<DraftState> states) {
        List<DraftState> wanted = List.copyOf(states);
        return store.read(c -> {
            Map<String, DraftRecord> drafts = new LinkedHashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(Math.max(1, wanted.size()), "?"));
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM drafts WHERE account = ? AND state IN (" + marks + ")")) {
                select.setString(1, account.id());
                for (int i = 0; i < Math.max(1, wanted.size()); i++) {
                    select.setString(i + 2, wanted.isEmpty() ? "" : wanted.get(i).name());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        readRow(rows).ifPresent(draft -> drafts.put(draft.id(), draft));
                    }
                }
            }
            // a pending change may move a draft into the states or out of them
            store.overlay(key, drafts, DraftRecord.class);
            List<DraftRecord> list = new ArrayList<>(drafts.values());
            list.removeIf(d -> !states.contains(d.state()));
            list.sort(NEWEST_FIRST);
            return List.copyOf(list);
        });
    }

    /** Only the account's newest rows are read (by the index on account and {@code updated_at}), not the whole table. */
    @Override
    public CompletableFuture<List<DraftRecord>> newest(int limit) {
        return store.read(c -> {
            Map<String, DraftRecord> drafts = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM drafts WHERE account = ? ORDER BY updated_at DESC, id LIMIT ?")) {
                select.setString(1, account.id());
                // as many more as changes are pending: a pending removal must not leave the page short
                select.setInt(2, limit + store.pendingCount(key));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        readRow(rows).ifPresent(draft -> drafts.put(draft.id(), draft));
                    }
                }
            }
            store.overlay(key, drafts, DraftRecord.class);
            List<DraftRecord> list = new ArrayList<>(drafts.values());
            list.sort(NEWEST_FIRST);
            return List.copyOf(list.subList(0, Math.min(limit, list.size())));
        });
    }

    @Override
    public CompletableFuture<Optional<DraftRecord>> get(String id) {
        Objects.requireNonNull(id, "id");
        return store.read(c -> {
            Optional<Object> pending = store.pendingValue(key + id);
            if (pending.isPresent()) {
                return pending.get() == LocalStore.DELETED ? Optional.empty() : Optional.of((DraftRecord) pending.get());
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM drafts WHERE id = ? AND account = ?")) {
                select.setString(1, id);
                select.setString(2, account.id());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? readRow(rows) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveSoon(DraftRecord draft) {
        Objects.requireNonNull(draft, "draft");
        store.writeSoon(key + draft.id(), draft, c -> write(c, draft));
    }

    @Override
    public CompletableFuture<Void> save(DraftRecord draft) {
        Objects.requireNonNull(draft, "draft");
        return store.writeNow(key + draft.id(), draft, c -> write(c, draft));
    }

    @Override
    public CompletableFuture<Void> delete(String id) {
        Objects.requireNonNull(id, "id");
        return store.writeNow(key + id, LocalStore.DELETED, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM drafts WHERE id = ? AND account = ?")) {
                delete.setString(1, id);
                delete.setString(2, account.id());
                delete.executeUpdate();
            }
        });
    }

    @Override
    public CompletableFuture<Void> flush() {
        return store.flush();
    }

    private void write(Connection c, DraftRecord d) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            bind(upsert, d, store.toJson(d.order()), account.id());
            upsert.executeUpdate();
        }
    }

    /** @param accountId whose draft it is ({@link AccountKey#id()}); null for one no account has claimed yet */
    static void bind(PreparedStatement upsert, DraftRecord d, String orderJson, String accountId) throws SQLException {
        upsert.setString(1, d.id());
        upsert.setString(2, d.title());
        upsert.setInt(3, d.titleByPerson() ? 1 : 0);
        upsert.setString(4, d.customerId());
        upsert.setString(5, d.customerName());
        upsert.setString(6, LocalStore.sortable(d.createdAt()));
        upsert.setString(7, LocalStore.sortable(d.updatedAt()));
        upsert.setString(8, d.pageId());
        upsert.setString(9, d.state().name());
        upsert.setString(10, d.orderId());
        upsert.setString(11, d.idempotencyKey());
        upsert.setString(12, d.priceSeen() == null ? null : d.priceSeen().toString());
        upsert.setString(13, d.termsVersionSeen());
        upsert.setString(14, orderJson);
        upsert.setString(15, accountId);
    }

    /** The draft of the current row; empty (and logged) for a row this version cannot read, which stays stored. */
    private Optional<DraftRecord> readRow(ResultSet rows) throws SQLException {
        String id = rows.getString(1);
        try {
            String price = rows.getString(12);
            return Optional.of(new DraftRecord(id, rows.getString(2), rows.getInt(3) != 0, rows.getString(4),
                    rows.getString(5), LocalStore.parseSortable(rows.getString(6)), LocalStore.parseSortable(rows.getString(7)),
                    rows.getString(8), DraftState.valueOf(rows.getString(9)), rows.getString(10),
                    store.fromJson(rows.getString(14), OrderRequest.class), rows.getString(11),
                    price == null ? null : new BigDecimal(price), rows.getString(13)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping the stored draft {} that cannot be read: {}", id, e.getMessage());
            return Optional.empty();
        }
    }
}
