package de.cloudhub.order.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and delivers results on the calling thread: for view-model tests without the toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** Runs {@code action} at once, on the calling thread. */
    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
