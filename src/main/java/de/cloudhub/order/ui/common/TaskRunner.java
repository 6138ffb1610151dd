package de.cloudhub.order.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one async seam: runs {@code work} off the FX thread and delivers its result or failure on
 * the FX thread. Tests pass {@link DirectTaskRunner}, which does both on the calling thread.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Runs {@code action} on the thread that results are delivered on (the FX thread), e.g. to show
     * progress reported by work that is still running. May be called from any thread.
     */
    void onUiThread(Runnable action);
}
