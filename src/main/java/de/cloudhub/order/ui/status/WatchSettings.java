package de.cloudhub.order.ui.status;

import java.time.Duration;
import java.util.Objects;

/**
 * How often an order in progress is asked for ({@code pollInterval}), and how the pause grows after
 * errors: {@code firstBackoff} doubled per failure in a row, never longer than {@code maxBackoff}.
 */
public record WatchSettings(Duration pollInterval, Duration firstBackoff, Duration maxBackoff) {
    public WatchSettings {
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
