package de.cloudhub.order.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a background executor and hands the outcome to the FX thread (or to the given UI
 * executor). Work handed over after the background executor was shut down is skipped and logged, and so is
 * an outcome that arrives after the UI executor was shut down.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService background;
    private final Executor uiThread;

    public FxTaskRunner(ExecutorService background) {
        this(background, Platform::runLater);
    }

    /** {@code uiThread} runs what the UI sees: {@code Platform::runLater} in the app. */
    public FxTaskRunner(ExecutorService background, Executor uiThread) {
        this.background = Objects.requireNonNull(background);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            background.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    LOG.warn("Background task failed: {}", e.toString());
                    deliver(() -> onFailure.accept(e));
                    return;
                }
                deliver(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException e) {
            LOG.info("Background work skipped: the executor has been shut down");
        }
    }

    /**
     * Hands an outcome to the UI thread. Work that ends after the UI has gone (its executor shut down, the
     * toolkit exited) has no one to tell: the outcome is dropped and logged, never thrown into the
     * background thread, where it would reach whatever uncaught-error handling is around.
     */
    private void deliver(Runnable outcome) {
        try {
            uiThread.execute(outcome);
        } catch (RejectedExecutionException | IllegalStateException gone) {
            LOG.info("A background task ended after the UI had gone; its outcome is dropped: {}", gone.toString());
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        deliver(action);
    }
}
