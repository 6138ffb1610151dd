package de.cloudhub.order.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database file for the {@link LocalStore}, or says why not and falls back: a file that is not a
 * database, is damaged or comes from a newer app is moved aside (never deleted) and a fresh one is made; a
 * file that is locked by another process or cannot be written is left alone and the run keeps everything
 * in an in-memory database. Runs on the store's writer thread.
 */
final class DatabaseOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpener.class);
    static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The connection the store works on, and what went wrong with the file (null when nothing did). */
    record Opened(Connection connection, OpenProblem problem) {
    }

    /** The first 16 bytes of every SQLite 3 database file. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final StoreOptions options;

    DatabaseOpener(Path file, StoreOptions options) {
        this.file = file;
        this.options = options;
    }

    /**
     * Points the driver's native library extraction at {@code folder}, unless {@code -Dorg.sqlite.tmpdir} was
     * given: it extracts the library to {@code java.io.tmpdir} otherwise, and a {@code /tmp} mounted
     * noexec would then stop the start. Must happen before the first connection loads the library.
     */
    static void useNativeLibraryFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (System.getProperty(TMPDIR_PROPERTY) == null) {
            System.setProperty(TMPDIR_PROPERTY, folder.toAbsolutePath().toString());
        }
    }

    Opened open() {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.isWritable(file.getParent())) {
                throw new IOException("The folder " + file.getParent() + " cannot be written");
            }
        } catch (IOException e) {
            return inMemory(new OpenProblem(OpenProblem.Kind.UNWRITABLE, file, null, String.valueOf(e.getMessage())));
        }
        try {
            return new Opened(openFile(), null);
        } catch (OpenFailure failure) {
            LOG.warn("Cannot open the local store {} ({}): {}", file, failure.kind, failure.getMessage());
            if (failure.kind == OpenProblem.Kind.LOCKED || failure.kind == OpenProblem.Kind.UNWRITABLE) {
                return inMemory(new OpenProblem(failure.kind, file, null, failure.getMessage()));
            }
            Path aside;
            try {
                aside = moveAside(failure.kind == OpenProblem.Kind.CORRUPT ? "corrupt" : "newer");
            } catch (IOException e) {
                return inMemory(new OpenProblem(OpenProblem.Kind.UNWRITABLE, file, null,
                        failure.getMessage() + "; it cannot be moved aside: " + e.getMessage()));
            }
            OpenProblem problem = new OpenProblem(failure.kind, file, aside, failure.getMessage());
            LOG.warn("Moved the local store {} aside to {} and started a fresh one", file, aside);
            try {
                return new Opened(openFile(), problem);
            } catch (OpenFailure again) {
                LOG.warn("Cannot create a fresh local store {} either: {}", file, again.getMessage());
                return inMemory(new OpenProblem(again.kind == OpenProblem.Kind.LOCKED ? again.kind
                        : OpenProblem.Kind.UNWRITABLE, file, aside, again.getMessage()));
            }
        }
    }

    private Connection openFile() throws OpenFailure {
        // SQLite would delete the -wal beside a file it cannot read when it closes: look at the header first
        requireDatabaseHeader();
        Connection connection = null;
        try {
            connection = connect("jdbc:sqlite:" + file.toAbsolutePath());
            int version = userVersion(connection);
            int known = Migration.latest(options.migrations());
            if (version > known) {
                throw new OpenFailure(OpenProblem.Kind.NEWER_VERSION, "The database has schema version " + version
                        + "; this version of the app knows versions up to " + known + ".");
            }
            String journal = pragma(connection, "PRAGMA journal_mode=WAL");
            if (!"wal".equalsIgnoreCase(journal)) {
                LOG.warn("The local store {} runs with journal mode {} instead of WAL", file, journal);
            }
            pragma(connection, "PRAGMA synchronous=NORMAL");
            // the checkpoints run beside the writer (Checkpoints); this is only the bound if they cannot
            pragma(connection, "PRAGMA wal_autocheckpoint=" + Checkpoints.FALLBACK_PAGES);
            String check = pragma(connection, "PRAGMA quick_check");
            if (!"ok".equalsIgnoreCase(check)) {
                throw new OpenFailure(OpenProblem.Kind.CORRUPT, "The database is damaged: " + check);
            }
            migrate(connection, version, options.migrations());
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new OpenFailure(classify(e), String.valueOf(e.getMessage()));
        } catch (OpenFailure | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private void requireDatabaseHeader() throws OpenFailure {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new OpenFailure(OpenProblem.Kind.CORRUPT, "The file is not a database (its first bytes are not "
                        + "an SQLite header).");
            }
        } catch (IOException e) {
            throw new OpenFailure(OpenProblem.Kind.UNWRITABLE, "The file cannot be read: " + e.getMessage());
        }
    }

    private Opened inMemory(OpenProblem problem) {
        LOG.warn("The local store runs in memory for this run: {} ({}) {}", problem.kind(), problem.file(),
                problem.detail());
        try {
            Connection connection = connect("jdbc:sqlite::memory:");
            migrate(connection, 0, options.migrations());
            return new Opened(connection, problem);
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite cannot open even an in-memory database", e);
        }
    }

    private Connection connect(String url) throws SQLException {
        return connect(url, options);
    }

    /** A connection with the store's settings (busy timeout, immediate transactions, temp data in memory). */
    static Connection connect(String url, StoreOptions options) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", Long.toString(options.busyTimeout().toMillis()));
        properties.setProperty("transaction_mode", "IMMEDIATE");
        properties.setProperty("temp_store", "MEMORY");
        return DriverManager.getConnection(url, properties);
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String pragma(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return "";
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? rows.getString(1) : "";
            }
        }
    }

    /** Runs every step after {@code from} in one transaction; a failure leaves the database as it was. */
    static void migrate(Connection connection, int from, List<Migration> migrations) throws SQLException {
        int target = Migration.latest(migrations);
        if (from >= target) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (Migration migration : migrations) {
                if (migration.version() > from) {
                    for (String sql : migration.statements()) {
                        statement.executeUpdate(sql);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + migration.version());
                }
            }
            connection.commit();
            LOG.info("Local store schema migrated from version {} to {}", from, target);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Path moveAside(String reason) throws IOException {
        String base = file.getFileName() + "." + reason + "-" + ASIDE_STAMP.format(options.clock().instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside) || Files.exists(sibling(aside, "-wal")); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        // the journal files first: SQLite must never pair the old WAL with a fresh database
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = sibling(file, suffix);
            if (Files.exists(companion)) {
                Files.move(companion, sibling(aside, suffix));
            }
        }
        Files.move(file, aside);
        return aside;
    }

    static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    static OpenProblem.Kind classify(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            primary = sqlite.getResultCode().code & 0xff;
        }
        if (primary == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code
                || primary == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return OpenProblem.Kind.CORRUPT;
        }
        if (primary == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code
                || primary == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code) {
            return OpenProblem.Kind.LOCKED;
        }
        return OpenProblem.Kind.UNWRITABLE;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a connection that failed to open: {}", e.getMessage());
        }
    }

    /** Why {@link #openFile()} gave up. */
    static final class OpenFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient OpenProblem.Kind kind;

        OpenFailure(OpenProblem.Kind kind, String message) {
            super(message);
            this.kind = kind;
        }
    }
}
