package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The app's task runner without the toolkit: work runs on a background pool, results, failures and
 * progress come back on one {@link UiThread}, where the test also builds, calls and reads the
 * view-model (through {@link #ui()}). So a second press can really arrive while the first request is
 * in flight.
 */
public final class UiThreadTaskRunner implements TaskRunner, AutoCloseable {
    private final UiThread ui = new UiThread();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final FxTaskRunner runner = new FxTaskRunner(background, ui);

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        runner.run(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        runner.onUiThread(action);
    }

    /** The thread results are delivered on: build, call, read and wait for the view-model there. */
    public UiThread ui() {
        return ui;
    }

    @Override
    public void close() {
        background.shutdownNow();
        ui.close();
    }
}
