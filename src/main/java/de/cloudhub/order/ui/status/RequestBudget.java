package de.cloudhub.order.ui.status;

/**
 * A token bucket for the checks of followed orders: at most {@code burst} at once, then
 * {@code perSecond} on average, however many orders are followed. A caller reserves a token and learns how
 * long to wait for it; tokens are handed out in the order they were asked for. Thread-safe; the time is
 * passed in ({@link System#nanoTime()} in the app), so the arithmetic is testable without waiting.
 */
final class RequestBudget {
    private final long intervalNanos;
    private final long burstNanos;
    private long nextFree;
    private boolean started;

    RequestBudget(double perSecond, int burst) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a budget needs a positive rate and burst, was " + perSecond
                    + "/s and " + burst);
        }
        this.intervalNanos = Math.max(1, Math.round(1_000_000_000d / perSecond));
        this.burstNanos = (burst - 1) * intervalNanos;
    }

    /** Takes the next token; returns how many nanoseconds after {@code nowNanos} it may be used (0: now). */
    synchronized long reserve(long nowNanos) {
        long fullBucket = nowNanos - burstNanos;
        if (!started || nextFree - fullBucket < 0) {
            // idle long enough: the bucket is full again, never fuller
            nextFree = fullBucket;
            started = true;
        }
        long at = nextFree;
        nextFree = at + intervalNanos;
        return Math.max(0, at - nowNanos);
    }
}
