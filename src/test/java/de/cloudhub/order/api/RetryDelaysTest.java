package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final RetryDelays delays = new RetryDelays(Duration.ofSeconds(10), NOW);

    @Test
    void backoffDoublesFromTheInitialPause() {
        assertThat(delays.backoff(1)).isEqualTo(RetryDelays.INITIAL);
        assertThat(delays.backoff(2)).isEqualTo(RetryDelays.INITIAL.multipliedBy(2));
        assertThat(delays.backoff(3)).isEqualTo(RetryDelays.INITIAL.multipliedBy(4));
    }

    @Test
    void backoffNeverExceedsTheMaximum() {
        assertThat(delays.backoff(30)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        assertThat(delays.after(1, "3")).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        assertThat(delays.after(1, "Sat, 01 Mar 2025 12:00:07 GMT")).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterInThePastMeansNow() {
        assertThat(delays.after(1, "Sat, 01 Mar 2025 11:00:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterIsCappedAtTheMaximum() {
        assertThat(delays.after(1, "3600")).isEqualTo(Duration.ofSeconds(10));
        assertThat(delays.after(1, "99999999999999999999999")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToBackoff() {
        assertThat(delays.after(2, "soon")).isEqualTo(delays.backoff(2));
        assertThat(delays.after(2, null)).isEqualTo(delays.backoff(2));
    }
}
