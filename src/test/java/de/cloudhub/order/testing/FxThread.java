package de.cloudhub.order.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Reads and acts on the real FX thread from a test, and waits for it; failures come back to the test. */
public final class FxThread {
    private static final long TIMEOUT_SECONDS = 30;

    private FxThread() {
    }

    /**
     * Runs {@code action} on the FX thread and returns its result; its exception or assertion failure is
     * rethrown. Called on the FX thread, it runs {@code action} at once.
     */
    public static <T> T call(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw Rethrow.cause(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the FX thread", e);
        } catch (TimeoutException e) {
            throw new AssertionError("The FX thread did not run the action within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Runs {@code action} (e.g. assertions about nodes) on the FX thread and waits for it. */
    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Lets every event already queued on the FX thread run. */
    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
