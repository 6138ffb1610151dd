package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.ui.common.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A stand-in for the FX thread without the toolkit: work runs on a background pool, results and
 * failures come back on one "UI" thread, where the test also calls the view-model. So a second press
 * can really arrive while the first request is in flight.
 */
public final class UiThreadTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final ExecutorService background = Executors.newCachedThreadPool();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.execute(action);
    }

    /** Runs {@code action} on the UI thread and waits for it. */
    public void onUi(Runnable action) {
        onUi(() -> {
            action.run();
            return null;
        });
    }

    public <T> T onUi(Supplier<T> action) {
        try {
            return ui.submit(action::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (polling the UI thread) until {@code condition} holds, or fails after {@code timeout}. */
    public void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!onUi(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    @Override
    public void close() {
        ui.shutdownNow();
        background.shutdownNow();
    }
}
