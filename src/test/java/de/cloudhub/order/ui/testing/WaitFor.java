package de.cloudhub.order.ui.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition with a deadline (never a bare sleep); the condition is checked on the FX thread. */
public final class WaitFor {
    private WaitFor() {
    }

    public static void fx(Duration timeout, String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + timeout + " waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
