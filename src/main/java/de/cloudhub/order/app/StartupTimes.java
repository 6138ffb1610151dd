package de.cloudhub.order.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes into the log how long the start took, counted from the JVM's start: {@code window shown after
 * N ms} (the first frame of the stage was laid out) and {@code ready after N ms} (the first page was laid
 * out with the catalog loaded, so it takes input). Each is written once, the first before the second.
 * <p>
 * The JVM's start comes from {@link java.lang.management.RuntimeMXBean#getStartTime()}: its classes take
 * 50–200 ms to load on a busy 2-core machine, so they load on a background thread and the FX thread only
 * notes the wall-clock time. {@code ProcessHandle.current().info().startInstant()} was measured too: as
 * cheap, but derived from the boot time in whole seconds, it was 1.3–1.5 s off on Linux.
 */
final class StartupTimes {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);

    private final CompletableFuture<Long> jvmStart;
    private CompletableFuture<Void> shownLogged;
    private boolean readyLogged;

    private StartupTimes(CompletableFuture<Long> jvmStart) {
        this.jvmStart = jvmStart;
    }

    /** Starts reading the JVM's start time on {@code background}. */
    static StartupTimes begin(Executor background) {
        CompletableFuture<Long> start = CompletableFuture.supplyAsync(
                () -> ManagementFactory.getRuntimeMXBean().getStartTime(), background);
        start.exceptionally(e -> {
            LOG.warn("Cannot read the JVM's start time; the start-up times are not logged", e);
            return null;
        });
        return new StartupTimes(start);
    }

    /** The stage's first frame is on screen now; only the first call counts. Call on the FX thread. */
    void windowShown() {
        if (shownLogged == null) {
            long at = System.currentTimeMillis();
            shownLogged = jvmStart.thenAccept(start -> LOG.info("window shown after {} ms", at - start));
        }
    }

    /** The first page takes input now, with the catalog loaded; only the first call counts. Call on the FX thread. */
    void ready() {
        if (readyLogged) {
            return;
        }
        readyLogged = true;
        long at = System.currentTimeMillis();
        windowShown();
        shownLogged.thenCompose(done -> jvmStart).thenAccept(start -> LOG.info("ready after {} ms", at - start));
    }
}
