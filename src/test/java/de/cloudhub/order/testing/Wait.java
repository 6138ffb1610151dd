package de.cloudhub.order.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ThrowingRunnable;

/**
 * The one deadline wait of the test sources (Awaitility underneath): checks a condition every few
 * milliseconds until it holds, fails with {@code what} after {@code timeout}. Never a fixed sleep.
 * Arguments are always in this order: what is awaited, how long at most, the condition.
 * <p>
 * A condition that reads a view-model or a node must run on the thread that owns it: use
 * {@link UiThread#until} for a view-model under test, {@link #onFx} for the FX thread.
 */
public final class Wait {
    private static final Duration POLL = Duration.ofMillis(10);

    private Wait() {
    }

    /** Waits until {@code condition} (evaluated on a polling thread: only for thread-safe state) is true. */
    public static void until(String what, Duration timeout, Callable<Boolean> condition) {
        await(what, timeout).until(condition);
    }

    /** Waits until {@code assertion} passes; on timeout the last assertion failure says what was seen. */
    public static void untilAsserted(String what, Duration timeout, ThrowingRunnable assertion) {
        await(what, timeout).untilAsserted(assertion);
    }

    /** Waits until {@code condition}, evaluated on the FX thread, is true; then lets pending FX events run. */
    public static void onFx(String what, Duration timeout, Callable<Boolean> condition) {
        if (Platform.isFxApplicationThread()) {
            // the condition needs the FX thread, which this wait would block: a deadlock until the timeout
            throw new IllegalStateException("Waiting for " + what + " on the FX thread; wait from the test thread");
        }
        until(what, timeout, () -> FxThread.call(condition));
        FxThread.settle();
    }

    private static ConditionFactory await(String what, Duration timeout) {
        return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL);
    }
}
