package de.cloudhub.order.ui.status;

import java.time.Duration;
import java.util.Objects;

/**
 * How often an order in progress is asked for ({@code pollInterval}), and how the pause grows after
 * errors: {@code firstBackoff} doubled per failure in a row, never longer than {@code maxBackoff}. All
 * followed orders together are asked for at most {@code checksPerSecond} times a second on average
 * ({@code checksBurst} at once): with thousands of orders each is simply asked less often.
 */
public record WatchSettings(Duration pollInterval, Duration firstBackoff, Duration maxBackoff,
                            double checksPerSecond, int checksBurst) {
    /** The default budget: a tenth of the request rate docs/api.md allows a client. */
    public static final double DEFAULT_CHECKS_PER_SECOND = 10;
    public static final int DEFAULT_CHECKS_BURST = 20;

    /** Settings with the default budget of checks. */
    public WatchSettings(Duration pollInterval, Duration firstBackoff, Duration maxBackoff) {
        this(pollInterval, firstBackoff, maxBackoff, DEFAULT_CHECKS_PER_SECOND, DEFAULT_CHECKS_BURST);
    }

    public WatchSettings {
        if (!(checksPerSecond > 0) || checksBurst < 1) {
            throw new IllegalArgumentException("invalid budget of checks " + checksPerSecond + "/s, burst "
                    + checksBurst);
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (pollInterval.isNegative() || pollInterval.isZero() || firstBackoff.isNegative()
                || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("invalid watch settings " + pollInterval + ", " + firstBackoff
                    + ", " + maxBackoff);
        }
    }

    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** The pause after {@code failuresInARow} failures (1 = the first failure). */
    public Duration backoff(int failuresInARow) {
        Duration delay = firstBackoff;
        for (int i = 1; i < failuresInARow && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
