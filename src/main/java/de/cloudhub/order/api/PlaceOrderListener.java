package de.cloudhub.order.api;

import java.time.Duration;

/**
 * Hears what {@link ApiClient#placeOrder(de.cloudhub.order.model.OrderRequest, java.util.UUID, PlaceOrderListener)}
 * does while it cannot get a final answer, so that the user can be told. Called on the thread that
 * places the order (never the FX thread): hop to the UI thread before touching anything there. An
 * exception thrown here is logged and does not stop the order.
 */
@FunctionalInterface
public interface PlaceOrderListener {
    /** Does nothing: for callers that need no progress. */
    PlaceOrderListener NONE = (attempt, maxAttempts, delay, reason) -> { };

    /** Why the same order is sent again. */
    enum Reason {
        /** No answer at all (connection refused, dropped or timed out): the order may have been stored. */
        NO_ANSWER,
        /** A 5xx answer: the server failed or is overloaded. */
        SERVER_ERROR,
        /** 429: too many requests; the pause honours the server's {@code Retry-After}. */
        RATE_LIMITED,
        /** 409 {@code request-in-progress}: an earlier request with the same key is still being processed. */
        STILL_PROCESSING
    }

    /**
     * The last try failed without a final answer; after {@code delay} the same order is sent again with
     * the same Idempotency-Key as try {@code attempt} (2 … {@code maxAttempts}).
     */
    void retrying(int attempt, int maxAttempts, Duration delay, Reason reason);
}
