package de.cloudhub.order.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One thread standing in for the FX thread in tests without the toolkit. A view-model is
 * single-threaded, so everything it receives and every read of it happens here: pass this as the
 * executor that the feature or watcher delivers on, build the view-model with {@link #call}, read or
 * act on it with {@link #call}/{@link #run}, and wait with {@link #until}, whose condition is
 * evaluated here too. Never read a view-model from the test thread.
 * <p>
 * Work delivered through {@link #execute} that throws is remembered, and {@link #close} fails the test
 * with it: an update that broke on the way would otherwise be lost silently.
 */
public final class UiThread implements Executor, AutoCloseable {
    private static final long CALL_TIMEOUT_SECONDS = 30;

    private volatile Thread owner;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "test-ui");
        t.setDaemon(true);
        owner = t;
        return t;
    });
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    /** Queues {@code work} on this thread (how the code under test delivers to "the FX thread"). */
    @Override
    public void execute(Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // kept for close(); not rethrown, or it would reach the default handler and a later test
                failures.add(e);
            }
        });
    }

    /** Runs {@code action} on this thread after everything queued before it, and returns its result. */
    public <T> T call(Callable<T> action) {
        try {
            return thread.submit(action).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw Rethrow.cause(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the UI thread", e);
        } catch (TimeoutException e) {
            throw new AssertionError("The UI thread did not run the action within " + CALL_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Runs {@code action} (e.g. assertions about a view-model) on this thread and waits for it. */
    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, evaluated on this thread, is true (see {@link Wait#until}). */
    public void until(String what, Duration timeout, Callable<Boolean> condition) {
        Wait.until(what, timeout, () -> call(condition));
    }

    /** As {@link #until(String, Duration, Callable)}; on timeout the failure also says what {@code state} read last. */
    public void until(String what, Duration timeout, Callable<Boolean> condition, Callable<String> state) {
        Wait.untilAsserted(what, timeout, () -> {
            if (!call(condition)) {
                throw new AssertionError("not yet: " + call(state));
            }
        });
    }

    /** True when called on this thread. */
    public boolean isCurrent() {
        return Thread.currentThread() == owner;
    }

    /** Stops the thread; fails if anything delivered on it threw. */
    @Override
    public void close() {
        thread.shutdownNow();
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("Work delivered on the UI thread failed: " + failures.get(0));
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }
}
