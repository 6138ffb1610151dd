package de.cloudhub.order.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * Logback's own start, on a thread of its own: about 100 ms (SLF4J's and Logback's look-ups over every jar on
 * the class path, the configurator), which the main thread would otherwise spend before it can take the data
 * folder's lock and start JavaFX. {@link Launcher#main} begins it first thing.
 * <p>
 * While it runs, SLF4J hands out stand-in loggers that turn into the real ones when it is done; what is logged
 * meanwhile is replayed with a warning on the console. So everything that logs early waits for it first
 * ({@link #awaitReady()}): the log file, and the start that hands over to a running app.
 */
final class LoggingStart {
    private static final AtomicBoolean BEGUN = new AtomicBoolean();
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();

    private LoggingStart() {
    }

    /** Begins setting Logback up in the background; only the first call (of this or {@link #awaitReady}) does it. */
    static void begin() {
        if (BEGUN.compareAndSet(false, true)) {
            Thread thread = new Thread(LoggingStart::setUp, "logging-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Returns once Logback is set up; sets it up on this thread when nobody began it. */
    static void awaitReady() {
        if (BEGUN.compareAndSet(false, true)) {
            setUp();
        }
        READY.join();
    }

    private static void setUp() {
        try {
            LoggerFactory.getILoggerFactory();
            READY.complete(null);
        } catch (RuntimeException | Error e) {
            READY.completeExceptionally(e);
            throw e;
        }
    }
}
