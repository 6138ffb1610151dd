package de.cloudhub.order.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A token bucket per client (its token, else its address): {@code requestsPerSecond} refill per
 * second, bursts up to twice that. Generous by default; the control API can tighten it.
 */
final class RateLimiter {
    private final IntSupplier requestsPerSecond;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    RateLimiter(IntSupplier requestsPerSecond, LongSupplier nanoClock) {
        this.requestsPerSecond = requestsPerSecond;
        this.nanoClock = nanoClock;
    }

    /** Empty when the request may proceed, else the seconds the client should wait. */
    synchronized OptionalLong acquire(String client) {
        double rate = Math.max(1, requestsPerSecond.getAsInt());
        double capacity = rate * 2;
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
        double elapsedSeconds = (now - bucket.updatedNanos) / 1e9;
        bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * rate);
        bucket.updatedNanos = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
        long wait = (long) Math.ceil((1 - bucket.tokens) / rate);
        return OptionalLong.of(Math.max(1, wait));
    }

    synchronized void reset() {
        buckets.clear();
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }
}
