package de.cloudhub.order.drafts;

import java.util.List;

/**
 * One step of the database's schema: migration N brings {@code PRAGMA user_version} N-1 to N. Steps are
 * never changed once released; a change of the schema is a new step at the end of {@link #ALL}.
 *
 * @param version    the {@code user_version} after this step
 * @param statements single SQL statements, run in order in one transaction with the version bump
 */
record Migration(int version, List<String> statements) {
    Migration {
        statements = List.copyOf(statements);
    }

    /** Every step this version of the app knows, oldest first; the last one's version is the current schema. */
    static final List<Migration> ALL = List.of(
            new Migration(1, List.of(
                    """
                    CREATE TABLE drafts (
                        id TEXT PRIMARY KEY,
                        title TEXT NOT NULL,
                        title_by_person INTEGER NOT NULL,
                        customer_id TEXT,
                        customer_name TEXT,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        page_id TEXT,
                        state TEXT NOT NULL,
                        order_id TEXT,
                        idempotency_key TEXT,
                        price_seen TEXT,
                        terms_version_seen TEXT,
                        order_json TEXT NOT NULL)""",
                    "CREATE INDEX drafts_by_update ON drafts (updated_at)",
                    """
                    CREATE TABLE cached_documents (
                        key TEXT PRIMARY KEY,
                        etag TEXT,
                        body TEXT NOT NULL,
                        fetched_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE followed_orders (
                        order_id TEXT PRIMARY KEY,
                        order_json TEXT NOT NULL,
                        created_at TEXT)""",
                    """
                    CREATE TABLE settings (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL)""")),
            // when the server last sent the followed order's state: shown while offline
            new Migration(2, List.of("ALTER TABLE followed_orders ADD COLUMN seen_at TEXT")),
            // every draft and followed order belongs to an account (AccountKey.id()); null: made before accounts,
            // until the first account claims it (LocalStore.makeCurrent). Every read filters by the account and
            // the drafts view sorts by the last change: one index serves both. An order id is unique per
            // account only (a salesperson and the customer may follow the same order), so that table is new.
            new Migration(3, List.of(
                    "ALTER TABLE drafts ADD COLUMN account TEXT",
                    "DROP INDEX drafts_by_update",
                    "CREATE INDEX drafts_by_account ON drafts (account, updated_at DESC, id)",
                    """
                    CREATE TABLE followed_orders_of_accounts (
                        account TEXT,
                        order_id TEXT NOT NULL,
                        order_json TEXT NOT NULL,
                        created_at TEXT,
                        seen_at TEXT,
                        UNIQUE (account, order_id))""",
                    "INSERT INTO followed_orders_of_accounts (account, order_id, order_json, created_at, seen_at) "
                            + "SELECT NULL, order_id, order_json, created_at, seen_at FROM followed_orders",
                    "DROP TABLE followed_orders",
                    "ALTER TABLE followed_orders_of_accounts RENAME TO followed_orders")));

    static int latest(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }
}
