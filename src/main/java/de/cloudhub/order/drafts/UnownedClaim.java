package de.cloudhub.order.drafts;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one claim of what was made before accounts existed (schema version 3): the first account made current
 * takes every draft and followed order without an account, the last draft of that time, and the billing
 * profiles and customers kept from its own endpoint. Kept lists of other endpoints are dropped: nobody can
 * claim them any more. Runs inside the write transaction of {@link LocalStore#makeCurrent}; the setting
 * {@link Settings#UNOWNED_CLAIMED_BY} it writes in the same transaction makes every later claim do nothing.
 */
final class UnownedClaim {
    private static final Logger LOG = LoggerFactory.getLogger(UnownedClaim.class);
    /** The start of the key of a pending claim (one per account: the first one committed wins). */
    static final String KEY = "claim:";

    private final AccountKey account;

    UnownedClaim(AccountKey account) {
        this.account = account;
    }

    void run(Connection c) throws SQLException {
        if (setting(c, Settings.UNOWNED_CLAIMED_BY) != null) {
            return;
        }
        String id = account.id();
        int drafts = update(c, "UPDATE drafts SET account = ? WHERE account IS NULL", id);
        // an order this account follows already keeps its own, newer row
        int orders = update(c, "UPDATE OR IGNORE followed_orders SET account = ? WHERE account IS NULL", id);
        update(c, "DELETE FROM followed_orders WHERE account IS NULL");
        String lastDraft = setting(c, Settings.LAST_DRAFT_ID);
        if (lastDraft != null) {
            update(c, "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", Settings.lastDraftOf(account), lastDraft);
            update(c, "DELETE FROM settings WHERE key = ?", Settings.LAST_DRAFT_ID);
        }
        int documents = claimDocuments(c);
        Settings.upsert(c, Settings.UNOWNED_CLAIMED_BY, id);
        LOG.info("The account {} takes over what was kept before accounts: {} draft(s), {} followed order(s), "
                + "{} kept list(s)", account, drafts, orders, documents);
    }

    /** The account that claimed what was made before accounts, if one did; for imports of that time's files. */
    static String claimedBy(Connection c) throws SQLException {
        return setting(c, Settings.UNOWNED_CLAIMED_BY);
    }

    /** Billing profiles and customers kept as {@code <endpoint>|<document>} before they were kept per account. */
    private int claimDocuments(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT key FROM cached_documents WHERE key NOT LIKE '"
                + StoredBillingCache.ACCOUNT_PREFIX + "%' AND (key LIKE '%|" + CachedDocuments.billingProfiles("")
                + "%' OR key LIKE '%|" + CachedDocuments.CUSTOMERS + "')");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        int claimed = 0;
        for (String key : keys) {
            int bar = key.indexOf('|');
            if (account.origin().equals(originOfScope(key.substring(0, bar)))) {
                update(c, "INSERT OR IGNORE INTO cached_documents (key, etag, body, fetched_at) "
                        + "SELECT ?, etag, body, fetched_at FROM cached_documents WHERE key = ?",
                        StoredBillingCache.keyOf(account, key.substring(bar + 1)), key);
                claimed++;
            }
            update(c, "DELETE FROM cached_documents WHERE key = ?", key);
        }
        return claimed;
    }

    /** The origin of a scope of the time before accounts: {@code demo}, or the API's address. */
    private static String originOfScope(String scope) {
        if (AccountKey.DEMO_ORIGIN.equals(scope)) {
            return AccountKey.DEMO_ORIGIN;
        }
        try {
            return AccountKey.originOf(URI.create(scope));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static int update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
