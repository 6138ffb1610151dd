package de.cloudhub.order.drafts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The app's remembered settings as text by key, in the {@link LocalStore}: the last account of each endpoint and
 * the last draft of each account, the language chosen in the window, the window's bounds. Futures complete on the
 * store's writer thread.
 */
public final class Settings {
    /** The last draft of the time before accounts; the first account takes it over ({@link UnownedClaim}). */
    static final String LAST_DRAFT_ID = "last-draft-id";
    public static final String LOCALE = "locale";
    public static final String WINDOW_BOUNDS = "window-bounds";
    /** Which account claimed what was made before accounts existed (there is no second claim). */
    static final String UNOWNED_CLAIMED_BY = "unowned-claimed-by";
    static final String KEY = "setting:";

    private final LocalStore store;

    Settings(LocalStore store) {
        this.store = store;
    }

    /** The key of the account last made current on {@code origin} (the value is its {@link AccountKey#id()}). */
    public static String lastAccountOf(String origin) {
        return "last-account:" + Objects.requireNonNull(origin, "origin");
    }

    /** The key of the id of the draft {@code account} was last working on. */
    public static String lastDraftOf(AccountKey account) {
        return LAST_DRAFT_ID + ":" + account.id();
    }

    public CompletableFuture<Optional<String>> get(String key) {
        Objects.requireNonNull(key, "key");
        return store.read(c -> {
            Optional<Object> pending = store.pendingValue(KEY + key);
            if (pending.isPresent()) {
                return pending.get() == LocalStore.DELETED ? Optional.empty() : Optional.of((String) pending.get());
            }
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every setting, for the start (one read instead of one per key). */
    public CompletableFuture<Map<String, String>> all() {
        return store.read(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT key, value FROM settings ORDER BY key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
            store.overlay(KEY, values, String.class);
            return Map.copyOf(values);
        });
    }

    /** Remembers {@code value} for {@code key}; completes once committed. */
    public CompletableFuture<Void> put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return store.writeNow(KEY + key, value, c -> upsert(c, key, value));
    }

    static void upsert(java.sql.Connection c, String key, String value) throws java.sql.SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    public CompletableFuture<Void> remove(String key) {
        Objects.requireNonNull(key, "key");
        return store.writeNow(KEY + key, LocalStore.DELETED, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
        });
    }
}
