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
                        value TEXT NOT NULL)""")));

    static int latest(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }
}
