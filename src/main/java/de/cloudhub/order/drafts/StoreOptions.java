package de.cloudhub.order.drafts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link LocalStore} behaves; {@link #defaults()} in the app, shorter delays and injected faults in tests.
 *
 * @param clock       for the names of moved-aside files and imported drafts' times
 * @param saveDelay   how long {@link DraftRepository#saveSoon} waits after the last call for a draft
 * @param busyTimeout how long SQLite waits for a lock held by another connection before it reports the database busy
 * @param firstRetry  the first wait before a failed write is tried again; doubled after every failure
 * @param maxRetry    the longest wait between two tries
 * @param faults      called on the writer thread before every write transaction; throws to simulate a failure
 * @param migrations  the schema steps (the app's are {@link Migration#ALL})
 */
record StoreOptions(Clock clock, Duration saveDelay, Duration busyTimeout, Duration firstRetry, Duration maxRetry,
                    WriteFaults faults, List<Migration> migrations) {
    StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(saveDelay, "saveDelay");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        Objects.requireNonNull(faults, "faults");
        migrations = List.copyOf(migrations);
    }

    static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(30), WriteFaults.NONE, Migration.ALL);
    }

    StoreOptions withFaults(WriteFaults newFaults) {
        return new StoreOptions(clock, saveDelay, busyTimeout, firstRetry, maxRetry, newFaults, migrations);
    }

    StoreOptions withRetries(Duration first, Duration max) {
        return new StoreOptions(clock, saveDelay, busyTimeout, first, max, faults, migrations);
    }

    StoreOptions withBusyTimeout(Duration timeout) {
        return new StoreOptions(clock, saveDelay, timeout, firstRetry, maxRetry, faults, migrations);
    }

    StoreOptions withMigrations(List<Migration> steps) {
        return new StoreOptions(clock, saveDelay, busyTimeout, firstRetry, maxRetry, faults, steps);
    }

    StoreOptions withClock(Clock newClock) {
        return new StoreOptions(newClock, saveDelay, busyTimeout, firstRetry, maxRetry, faults, migrations);
    }

    /** The seam for write failures: CI runs as root, so file modes cannot make a write fail. */
    @FunctionalInterface
    interface WriteFaults {
        WriteFaults NONE = connection -> { };

        void beforeWrite(Connection connection) throws SQLException;
    }
}
