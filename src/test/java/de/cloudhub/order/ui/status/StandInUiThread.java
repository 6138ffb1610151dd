package de.cloudhub.order.ui.status;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One thread standing in for the FX thread: view-models under test get every update and every read
 * on it, never on the test thread and a polling thread at once.
 */
final class StandInUiThread implements Executor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stand-in-ui");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    /** Runs {@code read} on this thread and returns its result. */
    <T> T call(Supplier<T> read) {
        Future<T> result = thread.submit(read::get);
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on this thread, holds. */
    void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        Await.until(what, timeout, () -> call(condition::getAsBoolean), () -> call(state));
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
