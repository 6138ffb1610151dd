package de.cloudhub.order.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The app's one local database: drafts, cached API documents, followed orders and settings, in the SQLite
 * file {@code <data-dir>/store/cloudhub-order.db} (WAL journal beside it; the driver's native library is
 * extracted to {@code <data-dir>/store/tmp/}).
 *
 * <p><b>Threads.</b> One writer thread ({@code cloudhub-store-writer}, a daemon) owns the one connection; every
 * read and write runs there, in the order asked. Public methods never block (except {@link #open} and
 * {@link #close}): they hand an immutable value over and return a future that completes on the writer thread,
 * so continue on the FX thread yourself. Reads see every change handed over before them, written or not.
 *
 * <p><b>Accounts.</b> Drafts, followed orders and cached customer data belong to an {@link AccountKey}: they are
 * read and written through {@link #account(AccountKey)} only. The catalog, the terms and the last {@code /me}
 * are kept per endpoint ({@link StoredContext}): they are the same for everybody there.
 *
 * <p><b>Durability.</b> WAL with {@code synchronous=NORMAL}: a committed write survives a killed process (a
 * power cut may lose the last ones). {@link DraftRepository#saveSoon} coalesces a burst into one write;
 * {@link #flush()} writes everything pending; {@link #close()} flushes and closes.
 *
 * <p><b>Failures.</b> {@link #open} never throws for a bad database: see {@link #openProblem()}. A write that
 * fails (full disk, read-only folder) keeps its change in memory, turns the {@link #status()} to
 * {@link StoreStatus.Kind#WRITE_FAILING} and is retried with back-off (1 s, 2 s, … 30 s); the next write that
 * succeeds writes every change kept and turns it back.
 */
public final class LocalStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);
    public static final String FOLDER = "store";
    public static final String FILE_NAME = "cloudhub-order.db";
    /** A pending change that removes its row. */
    static final Object DELETED = new Object();
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final long CLOSE_WAIT_SECONDS = 10;
    /** Less free space than this in the data folder's file system counts as a full disk. */
    private static final long FULL_BELOW_BYTES = 1024 * 1024;

    private final ScheduledExecutorService writer;
    private final StoreOptions options;
    private final Path file;
    private final OpenProblem openProblem;
    private final ObjectMapper json = ModelJson.newMapper();
    private final List<Consumer<StoreStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong commits = new AtomicLong();
    private final CachedDocuments documents;
    private final Settings settings;
    private volatile StoreStatus status;
    private volatile boolean closed;
    /** The WAL's checkpoints beside the writer; null in memory or when they could not start. */
    private volatile Checkpoints checkpoints;

    // writer thread only
    private Connection connection;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, ScheduledFuture<?>> timers = new HashMap<>();
    private ScheduledFuture<?> retry;
    private int failedTries;

    private LocalStore(ScheduledExecutorService writer, StoreOptions options, Path file, Connection connection,
                       OpenProblem openProblem) {
        this.writer = writer;
        this.options = options;
        this.file = file;
        this.connection = connection;
        this.openProblem = openProblem;
        this.status = baseline();
        this.documents = new CachedDocuments(this);
        this.settings = new Settings(this);
    }

    /**
     * Opens (or makes) the store below {@code dataDir}, migrates it, imports the files of older versions and
     * returns it. Blocks for the time that takes: call it off the FX thread. Never throws for a bad database;
     * see {@link #openProblem()}.
     */
    public static LocalStore open(Path dataDir) {
        return open(dataDir, StoreOptions.defaults());
    }

    static LocalStore open(Path dataDir, StoreOptions options) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path file = dataDir.resolve(FOLDER).resolve(FILE_NAME);
        try {
            DatabaseOpener.useNativeLibraryFolder(dataDir.resolve(FOLDER).resolve("tmp"));
        } catch (IOException e) {
            LOG.warn("Cannot make the folder for SQLite's native library below {}: {}", dataDir, e.getMessage());
        }
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "cloudhub-store-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            DatabaseOpener.Opened opened = writer.submit(() -> new DatabaseOpener(file, options).open()).get();
            LocalStore store = new LocalStore(writer, options, file, opened.connection(), opened.problem());
            if (opened.problem() == null || !opened.problem().inMemoryOnly()) {
                writer.submit(() -> new LegacyImport(dataDir, options.clock()).run(opened.connection())).get();
                store.checkpoints = Checkpoints.start(file, options, store.commits::get);
            }
            return store;
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the local store", e);
        } catch (ExecutionException e) {
            writer.shutdownNow();
            throw new IllegalStateException("Cannot open the local store " + file, e.getCause());
        }
    }

    /** The database file (even when this run keeps everything in memory). */
    public Path file() {
        return file;
    }

    /** What was wrong with the database file at the start, if anything: for the one dialog that says so. */
    public Optional<OpenProblem> openProblem() {
        return Optional.ofNullable(openProblem);
    }

    /** True when nothing of this run reaches the disk (the file was locked or could not be written). */
    public boolean isInMemory() {
        return openProblem != null && openProblem.inMemoryOnly();
    }

    public StoreStatus status() {
        return status;
    }

    /** Called with every change of {@link #status()}, on the writer thread: hand it to the FX thread yourself. */
    public void addStatusListener(Consumer<StoreStatus> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeStatusListener(Consumer<StoreStatus> listener) {
        listeners.remove(listener);
    }

    public CachedDocuments documents() {
        return documents;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The drafts, followed orders and cached customer data of {@code account}: every read and write of them
     * goes through what this returns, and none of them sees another account's. No I/O; see
     * {@link #makeCurrent} for the account the app opens.
     */
    public AccountStore account(AccountKey account) {
        return new AccountStore(this, account);
    }

    /**
     * {@code account} becomes the one the app shows: remembered as the last account of its origin (the next
     * start opens its drafts before the server answered, offline too), and, when it is the first account ever,
     * it claims everything made before accounts existed, in one transaction that records the claim, so a second
     * account never gets them. Completes with the account's store once committed (exceptionally when the write
     * fails; the store keeps retrying it).
     */
    public CompletableFuture<AccountStore> makeCurrent(AccountKey account) {
        Objects.requireNonNull(account, "account");
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put(UnownedClaim.KEY + account.tag(), new Change(account, new UnownedClaim(account)::run));
        changes.put(Settings.KEY + Settings.lastAccountOf(account.origin()),
                new Change(account.id(), c -> Settings.upsert(c, Settings.lastAccountOf(account.origin()), account.id())));
        return writeNow(changes).thenApply(done -> account(account));
    }

    /** The account last made current on {@code origin} ({@link AccountKey#endpoint}), if any and not forgotten. */
    public CompletableFuture<Optional<AccountKey>> lastAccount(String origin) {
        return settings.get(Settings.lastAccountOf(origin)).thenApply(id -> id.flatMap(AccountKey::parse));
    }

    /** Signed out on {@code origin}: the next start there opens nobody's drafts until someone signs in. */
    public CompletableFuture<Void> forgetLastAccount(String origin) {
        return settings.remove(Settings.lastAccountOf(origin));
    }

    /** Writes every pending change now; completes once all are committed (exceptionally when the write fails). */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!onWriter(() -> {
            timers.values().forEach(timer -> timer.cancel(false));
            timers.clear();
            commit(new ArrayList<>(pending.keySet()), done);
        })) {
            done.completeExceptionally(new IllegalStateException("The local store is closed"));
        }
        return done;
    }

    /** Writes every pending change, then closes the database. Blocks until done; call it once, at exit. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            flush().get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not write every change before closing the local store: {}", e.getMessage());
        }
        closed = true;
        Checkpoints running = checkpoints;
        if (running != null) {
            // before the writer's connection: the last connection to close checkpoints the whole log
            running.close();
        }
        onWriter(() -> {
            if (!pending.isEmpty()) {
                LOG.warn("{} change(s) could not be saved to {}", pending.size(), file);
            }
            if (retry != null) {
                retry.cancel(false);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing the local store {}: {}", file, e.getMessage());
            }
        });
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The local store's writer did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many checkpoints ran beside the writer; for tests. */
    long checkpointCount() {
        Checkpoints running = checkpoints;
        return running == null ? 0 : running.done();
    }

    /** How many write transactions were committed; for tests of coalescing. */
    long commitCount() {
        return commits.get();
    }

    // ---- the writer's machinery, used by the tables' classes ----

    /** A SQL step run on the writer thread. */
    @FunctionalInterface
    interface Sql<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A write of one row, run inside the write transaction. */
    @FunctionalInterface
    interface SqlWrite {
        void run(Connection connection) throws SQLException;
    }

    /**
     * The newest change for one key (a draft, a setting, …), not yet committed: {@code value} is what reads see
     * meanwhile ({@link #DELETED} for a removal), {@code waiters} complete when it (or a newer one) is committed.
     */
    private record Pending(Object value, SqlWrite write, List<CompletableFuture<Void>> waiters) {
    }

    <T> CompletableFuture<T> read(Sql<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!onWriter(() -> {
            try {
                result.complete(work.run(connection));
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Reading from the local store failed", e);
                result.completeExceptionally(e);
            }
        })) {
            result.completeExceptionally(new IllegalStateException("The local store is closed"));
        }
        return result;
    }

    /** Hands a change over to be written {@link StoreOptions#saveDelay()} after the last change of {@code key}. */
    void writeSoon(String key, Object value, SqlWrite write) {
        onWriter(() -> {
            stage(key, value, write, null);
            ScheduledFuture<?> previous = timers.put(key, writer.schedule(() -> {
                timers.remove(key);
                if (retry == null) {
                    commit(List.of(key), null);
                }
            }, options.saveDelay().toMillis(), TimeUnit.MILLISECONDS));
            if (previous != null) {
                previous.cancel(false);
            }
        });
    }

    /** A change of one key: what reads see until it is committed, and how it is written. */
    record Change(Object value, SqlWrite write) {
    }

    /** Writes a change now (with the pending change of the same key it replaces); completes once committed. */
    CompletableFuture<Void> writeNow(String key, Object value, SqlWrite write) {
        return writeNow(Map.of(key, new Change(value, write)));
    }

    /** Writes the changes of several keys now, in one transaction; completes once all are committed. */
    CompletableFuture<Void> writeNow(Map<String, Change> changes) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        List<String> keys = List.copyOf(changes.keySet());
        if (!onWriter(() -> {
            List<CompletableFuture<Void>> each = new ArrayList<>();
            changes.forEach((key, change) -> {
                CompletableFuture<Void> one = new CompletableFuture<>();
                each.add(one);
                stage(key, change.value(), change.write(), one);
                ScheduledFuture<?> timer = timers.remove(key);
                if (timer != null) {
                    timer.cancel(false);
                }
            });
            CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> {
                if (failure == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(failure instanceof java.util.concurrent.CompletionException
                            && failure.getCause() != null ? failure.getCause() : failure);
                }
            });
            commit(keys, null);
        })) {
            done.completeExceptionally(new IllegalStateException("The local store is closed"));
        }
        return done;
    }

    /** The pending values of keys starting with {@code prefix}, by the rest of the key; writer thread only. */
    <V> void overlay(String prefix, Map<String, V> rows, Class<V> type) {
        pending.forEach((key, change) -> {
            if (key.startsWith(prefix)) {
                String id = key.substring(prefix.length());
                if (change.value() == DELETED) {
                    rows.remove(id);
                } else {
                    rows.put(id, type.cast(change.value()));
                }
            }
        });
    }

    /** How many changes of keys starting with {@code prefix} are pending; writer thread only. */
    int pendingCount(String prefix) {
        return (int) pending.keySet().stream().filter(key -> key.startsWith(prefix)).count();
    }

    /** The pending value of {@code key}: empty when none is pending, {@link #DELETED} for a removal. */
    Optional<Object> pendingValue(String key) {
        Pending change = pending.get(key);
        return change == null ? Optional.empty() : Optional.of(change.value());
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    <T> T fromJson(String text, Class<T> type) throws IOException {
        return json.readValue(text, type);
    }

    /** A time as fixed-width UTC text, so that the text order is the time order. */
    static String sortable(Instant time) {
        return SORTABLE_TIME.format(time);
    }

    /**
     * Reads a time written by {@link #sortable}; anything else (a row written by hand) through the ISO parser.
     * The fixed layout is read by position: listing thousands of drafts parses two times per row.
     */
    static Instant parseSortable(String text) {
        if (text.length() == 30 && text.charAt(4) == '-' && text.charAt(10) == 'T' && text.charAt(19) == '.'
                && text.charAt(29) == 'Z') {
            try {
                return java.time.LocalDateTime.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10), Integer.parseInt(text, 11, 13, 10),
                        Integer.parseInt(text, 14, 16, 10), Integer.parseInt(text, 17, 19, 10),
                        Integer.parseInt(text, 20, 29, 10)).toInstant(ZoneOffset.UTC);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Instant.parse(text);
            }
        }
        return Instant.parse(text);
    }

    private void stage(String key, Object value, SqlWrite write, CompletableFuture<Void> waiter) {
        Pending previous = pending.remove(key);
        List<CompletableFuture<Void>> waiters = new ArrayList<>();
        if (previous != null) {
            waiters.addAll(previous.waiters());
        }
        if (waiter != null) {
            waiters.add(waiter);
        }
        pending.put(key, new Pending(value, write, waiters));
    }

    /** Commits the pending changes of {@code keys} in one transaction; on failure keeps them and retries. */
    private boolean commit(List<String> keys, CompletableFuture<Void> done) {
        List<String> batch = keys.stream().filter(pending::containsKey).toList();
        if (batch.isEmpty()) {
            if (done != null) {
                done.complete(null);
            }
            return true;
        }
        try {
            connection.setAutoCommit(false);
            try {
                options.faults().beforeWrite(connection);
                for (String key : batch) {
                    pending.get(key).write().run(connection);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                restoreAutoCommit();
            }
        } catch (SQLException | RuntimeException e) {
            writeFailed(batch, e, done);
            return false;
        }
        commits.incrementAndGet();
        if (failedTries > 0 || status.kind() == StoreStatus.Kind.WRITE_FAILING) {
            LOG.info("Writing to the local store {} works again", file);
            failedTries = 0;
            if (retry != null) {
                retry.cancel(false);
                retry = null;
            }
            setStatus(baseline());
        }
        for (String key : batch) {
            pending.remove(key).waiters().forEach(waiter -> waiter.complete(null));
        }
        if (done != null) {
            done.complete(null);
        }
        return true;
    }

    private void writeFailed(List<String> batch, Exception e, CompletableFuture<Void> done) {
        String detail = String.valueOf(e.getMessage());
        LOG.warn("Cannot write {} change(s) to the local store {}; keeping them in memory and retrying: {}",
                batch.size(), file, detail);
        // the status first: whoever learns of the failure from a future finds the status saying so
        setStatus(StoreStatus.writeFailing(causeOf(e), detail, isInMemory() ? openProblem : null));
        for (String key : batch) {
            Pending change = pending.get(key);
            change.waiters().forEach(waiter -> waiter.completeExceptionally(e));
            pending.put(key, new Pending(change.value(), change.write(), List.of()));
        }
        if (done != null) {
            done.completeExceptionally(e);
        }
        if (retry == null && !closed) {
            long delay = retryDelay(options, failedTries).toMillis();
            failedTries++;
            retry = writer.schedule(() -> {
                retry = null;
                commit(new ArrayList<>(pending.keySet()), null);
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Back to auto-commit after a write transaction. When SQLite has already rolled the transaction back by
     * itself (it does so on a full disk), this fails with "no transaction is active"; that failure must not
     * hide the one that ended the transaction, so it is only logged (the driver is in auto-commit either way).
     */
    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("Back to auto-commit after a write: {}", e.getMessage());
        }
    }

    /** What keeps a write from working, from SQLite's result code or, where that says little, the folder itself. */
    private StoreStatus.WriteFailure causeOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_FULL) {
                    return StoreStatus.WriteFailure.DISK_FULL;
                }
                if (code.name().startsWith("SQLITE_READONLY") || code == SQLiteErrorCode.SQLITE_PERM
                        || code.name().startsWith("SQLITE_CANTOPEN")) {
                    return StoreStatus.WriteFailure.NOT_WRITABLE;
                }
            }
        }
        Path folder = file.getParent();
        try {
            if (folder != null && Files.getFileStore(folder).getUsableSpace() < FULL_BELOW_BYTES) {
                return StoreStatus.WriteFailure.DISK_FULL;
            }
        } catch (IOException | SecurityException ignored) {
            // the folder itself cannot be looked at: it is what is wrong
            return StoreStatus.WriteFailure.NOT_WRITABLE;
        }
        return folder != null && !Files.isWritable(folder)
                ? StoreStatus.WriteFailure.NOT_WRITABLE : StoreStatus.WriteFailure.OTHER;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed write: {}", e.getMessage());
        }
    }

    private StoreStatus baseline() {
        return isInMemory() ? StoreStatus.inMemory(openProblem) : StoreStatus.ok();
    }

    private void setStatus(StoreStatus next) {
        if (next.equals(status)) {
            return;
        }
        status = next;
        for (Consumer<StoreStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A listener of the local store's status failed", e);
            }
        }
    }

    private boolean onWriter(Runnable work) {
        try {
            writer.execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("The local store is closed; a change or read was refused");
            return false;
        }
    }

    /** How long to wait before the next try after {@code tries} failed ones: doubling, at most the maximum. */
    static Duration retryDelay(StoreOptions options, int tries) {
        return Duration.ofMillis(Math.min(options.maxRetry().toMillis(),
                options.firstRetry().toMillis() << Math.min(tries, 20)));
    }
}
