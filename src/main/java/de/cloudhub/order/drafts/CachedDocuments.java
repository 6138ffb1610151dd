package de.cloudhub.order.drafts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;

/**
 * API answers kept for offline use and revalidation with their ETag (catalog, terms, {@code /me}, billing
 * profiles per customer, customers seen), in the {@link LocalStore}. Futures complete on the store's writer thread.
 */
public final class CachedDocuments {
    public static final String CATALOG = "catalog";
    public static final String TERMS = "terms";
    public static final String ME = "me";
    public static final String CUSTOMERS = "customers";
    private static final String KEY = "doc:";

    private final LocalStore store;

    CachedDocuments(LocalStore store) {
        this.store = store;
    }

    /** The key of the billing profiles of {@code customerId}. */
    public static String billingProfiles(String customerId) {
        return "billing-profiles:" + Objects.requireNonNull(customerId, "customerId");
    }

    public CompletableFuture<Optional<CachedDocument>> get(String key) {
        Objects.requireNonNull(key, "key");
        return store.read(c -> {
            Optional<Object> pending = store.pendingValue(KEY + key);
            if (pending.isPresent()) {
                return pending.get() == LocalStore.DELETED ? Optional.empty()
                        : Optional.of((CachedDocument) pending.get());
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT etag, body, fetched_at FROM cached_documents WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new CachedDocument(key, rows.getString(1), rows.getString(2),
                            LocalStore.parseSortable(rows.getString(3)))) : Optional.empty();
                }
            }
        });
    }

    /** Keeps {@code document}, replacing the one of its key; completes once committed. */
    public CompletableFuture<Void> put(CachedDocument document) {
        return putAll(List.of(document));
    }

    /**
     * Keeps every one of {@code documents} (replacing those of their keys) in one transaction: a reader, or
     * the next start after a crash, finds all of them or none. Completes once committed.
     */
    public CompletableFuture<Void> putAll(List<CachedDocument> documents) {
        Map<String, LocalStore.Change> changes = new LinkedHashMap<>();
        for (CachedDocument document : documents) {
            Objects.requireNonNull(document, "document");
            changes.put(KEY + document.key(), new LocalStore.Change(document, c -> upsert(c, document)));
        }
        return store.writeNow(changes);
    }

    private static void upsert(java.sql.Connection c, CachedDocument document) throws java.sql.SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT OR REPLACE INTO cached_documents (key, etag, body, fetched_at) VALUES (?, ?, ?, ?)")) {
            upsert.setString(1, document.key());
            upsert.setString(2, document.etag());
            upsert.setString(3, document.json());
            upsert.setString(4, LocalStore.sortable(document.fetchedAt()));
            upsert.executeUpdate();
        }
    }

    public CompletableFuture<Void> remove(String key) {
        Objects.requireNonNull(key, "key");
        return store.writeNow(KEY + key, LocalStore.DELETED, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM cached_documents WHERE key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
        });
    }
}
