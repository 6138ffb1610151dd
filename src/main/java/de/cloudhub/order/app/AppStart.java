package de.cloudhub.order.app;

import de.cloudhub.order.drafts.AccountKey;
import de.cloudhub.order.drafts.LocalStore;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start of everything below the window, in the background, so the window shows at once: the local
 * store (and from it what the window opens with, {@link Startup}) on one thread, the embedded sandbox and
 * the API client on another, both beside the FX toolkit's own start. {@link #startup()} completes as
 * soon as the store is read, {@link #context()} when both are done. Begun by {@link Launcher} before
 * JavaFX starts (or by the Application's {@code init()} where no Launcher ran).
 */
final class AppStart implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppStart.class);
    /** How long closing waits for a start still under way, so that what it opens is closed too. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final AppOptions options;
    private final Path dataDir;
    private final ExecutorService background;
    /** The log file, started in the background (Logback may still be setting itself up). */
    private final CompletableFuture<FileLogging> logging;
    private final StartupTimes times;
    private final CompletableFuture<Startup> startup;
    private final CompletableFuture<AppContext> context;

    private AppStart(AppOptions options, Path dataDir, CompletableFuture<FileLogging> logging,
                     ExecutorService background) {
        this.options = options;
        this.dataDir = dataDir;
        this.logging = logging;
        this.background = background;
        this.times = StartupTimes.begin(background);
        // the store and the sandbox log what they do: they start once the log file is there
        CompletableFuture<LocalStore> stores = logging.thenApplyAsync(l -> LocalStore.open(dataDir), background);
        CompletableFuture<AppContext.Connection> connection = logging.thenApplyAsync(
                l -> AppContext.connect(options, dataDir, background), background);
        this.startup = stores.thenApplyAsync(s -> Startup.read(s, AccountKey.endpoint(options.sandbox(), options.apiUrl()),
                AppContext.keptFor(options.sandbox(), options.apiUrl())), background);
        // the catalog's first load begins as soon as the context is there: beside the FX toolkit's start and
        // the window's frame, not after the main window is built
        this.context = stores.thenCombine(connection, (s, c) -> {
            AppContext built = new AppContext(options, dataDir, logging.join(), background, c, s);
            built.firstLoad();
            return built;
        });
        // a part that started while the other failed is closed again: nothing is left half open
        context.whenComplete((done, failed) -> {
            if (failed != null) {
                stores.thenAccept(LocalStore::close);
                connection.thenAccept(AppContext::closeConnection);
                LOG.error("The start failed: {}", cause(failed).getMessage());
            }
        });
    }

    /**
     * Begins the start for {@code options} in the data folder {@code dataDir} (prepared), all of it in the
     * background, the log file first; returns at once, so JavaFX can start meanwhile.
     *
     * @param instance what the data folder's {@link SingleInstance} says of itself, for the log
     */
    static AppStart begin(AppOptions options, Path dataDir, String instance) {
        Objects.requireNonNull(options);
        ExecutorService background = AppContext.newBackgroundExecutor();
        CompletableFuture<FileLogging> logging = CompletableFuture.supplyAsync(() -> {
            FileLogging started = FileLogging.start(dataDir.resolve(DataFolder.LOGS));
            LOG.info(instance);
            LOG.info("Cloudhub Order {} starting; data in {}", AppVersion.current(), dataDir);
            return started;
        }, background);
        return new AppStart(options, dataDir, logging, background);
    }

    AppOptions options() {
        return options;
    }

    /** What the window opens with (the last draft, the language, the window's place), once the store is read. */
    CompletableFuture<Startup> startup() {
        return startup;
    }

    /** Everything below the window; fails with a {@link StartupException} when the environment does not allow a start. */
    CompletableFuture<AppContext> context() {
        return context;
    }

    StartupTimes times() {
        return times;
    }

    /** The exception a failed step threw, without the future's wrapping. */
    static Throwable cause(Throwable failed) {
        Throwable e = failed;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** Set by the window when a step of the start on the FX thread failed. */
    private volatile boolean windowFailed;

    /** The window could not be shown or built: the app ends with {@link Launcher#EXIT_FAILED}. */
    void windowFailed() {
        windowFailed = true;
    }

    /** True when the start failed for whatever reason: below the window, or in the window itself. */
    boolean failed() {
        return windowFailed || context.isCompletedExceptionally();
    }

    /** The log file of this start, for a message that points at it. */
    Path logFile() {
        return dataDir.resolve(DataFolder.LOGS).resolve(FileLogging.FILE_NAME);
    }

    /** True when the start failed for a reason the person can fix (the one line said why). */
    boolean failedForAReason() {
        return context.isCompletedExceptionally() && context.handle((c, e) -> cause(e)).join() instanceof StartupException;
    }

    /** Closes what was started, waiting briefly for a start still under way. */
    @Override
    public void close() {
        AppContext built = null;
        try {
            built = context.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // its parts were closed when it failed
        } catch (TimeoutException e) {
            LOG.warn("The start did not finish within {} s; closing without it", CLOSE_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (built != null) {
            built.close();
        } else {
            background.shutdownNow();
            // the log file, if it started (its task may have been stopped with the pool)
            if (logging.isDone() && !logging.isCompletedExceptionally()) {
                logging.join().close();
            }
        }
    }
}
