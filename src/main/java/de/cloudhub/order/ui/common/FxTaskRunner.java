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
 * executor). Work handed over after the background executor was shut down is skipped and logged.
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
                try {
                    T result = work.call();
                    uiThread.execute(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    LOG.warn("Background task failed: {}", e.toString());
                    uiThread.execute(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.info("Background work skipped: the executor has been shut down");
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }
}
