package de.cloudhub.order.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a background executor and hands the outcome to the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService background;

    public FxTaskRunner(ExecutorService background) {
        this.background = Objects.requireNonNull(background);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("Background task failed: {}", e.toString());
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }
}
