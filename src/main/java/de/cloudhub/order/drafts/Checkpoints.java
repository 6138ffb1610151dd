package de.cloudhub.order.drafts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WAL's checkpoints, off the commit path: SQLite would copy the log back into the database (and sync it)
 * inside whichever commit crossed its threshold, so that one autosave in a few hundred waited for the disk. Here a
 * connection of its own, on a thread of its own, runs a passive checkpoint shortly after commits happened; a
 * passive checkpoint never waits for the writer and never blocks it. It writes no data of its own: the writer
 * thread stays the one that changes the database. The writer's connection keeps a far higher threshold
 * ({@link #FALLBACK_PAGES}) of its own, so the log stays bounded even if this one cannot work.
 */
final class Checkpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
    /** The writer's own automatic checkpoint, for when this one cannot run: about 32 MB of log. */
    static final int FALLBACK_PAGES = 8_000;
    private static final long EVERY_MILLIS = 500;

    private final ScheduledExecutorService thread;
    private final Connection connection;
    private final LongSupplier commits;
    private final AtomicLong done = new AtomicLong();
    private long checkedAt = -1;
    private boolean warned;

    private Checkpoints(ScheduledExecutorService thread, Connection connection, LongSupplier commits) {
        this.thread = thread;
        this.connection = connection;
        this.commits = commits;
    }

    /** Starts checkpointing {@code file} whenever {@code commits} has grown; null when no connection can be had. */
    static Checkpoints start(Path file, StoreOptions options, LongSupplier commits) {
        Connection connection;
        try {
            connection = DatabaseOpener.connect("jdbc:sqlite:" + file.toAbsolutePath(), options);
        } catch (SQLException e) {
            LOG.warn("No connection for the checkpoints of {} ({}); the writer checkpoints by itself", file,
                    e.getMessage());
            return null;
        }
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread t = new Thread(work, "cloudhub-store-checkpoints");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        Checkpoints checkpoints = new Checkpoints(thread, connection, commits);
        thread.scheduleWithFixedDelay(checkpoints::checkpointIfWritten, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return checkpoints;
    }

    /** How many checkpoints ran; for tests. */
    long done() {
        return done.get();
    }

    private void checkpointIfWritten() {
        long now = commits.getAsLong();
        if (now == checkedAt) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            checkedAt = now;
            done.incrementAndGet();
            if (result.next() && result.getInt(1) != 0) {
                LOG.debug("A checkpoint of the local store was blocked; the next one goes on");
            }
        } catch (SQLException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("A checkpoint of the local store failed ({}); trying again after the next changes", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The local store's checkpoints did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the checkpoints' connection: {}", e.getMessage());
        }
    }
}
