package de.cloudhub.order.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long to wait before the next try: exponential back-off from {@link #INITIAL} (doubling per failed
 * try), or the server's {@code Retry-After} (seconds or HTTP-date) when it sent one; never longer than
 * the configured maximum.
 */
final class RetryDelays {
    static final Duration INITIAL = Duration.ofMillis(250);

    private final Duration max;
    private final Clock clock;

    RetryDelays(Duration max, Clock clock) {
        this.max = Objects.requireNonNull(max, "max");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The pause after failed try number {@code attempt} (1-based). */
    Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        Duration wait = INITIAL.multipliedBy(1L << doublings);
        return cap(wait);
    }

    /** The server's wish if it stated one, else the back-off. */
    Duration after(int attempt, String retryAfterHeader) {
        return afterParsed(attempt, parseRetryAfter(retryAfterHeader));
    }

    /** The server's wish ({@link #parseRetryAfter parsed} already, null when none), else the back-off. */
    Duration afterParsed(int attempt, Duration serverAsked) {
        return serverAsked == null ? backoff(attempt) : cap(serverAsked);
    }

    /** Seconds ({@code 120}) or an HTTP-date; null when absent or unreadable. Past dates mean "now". */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException tooLong) {
                return max;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private Duration cap(Duration wait) {
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
