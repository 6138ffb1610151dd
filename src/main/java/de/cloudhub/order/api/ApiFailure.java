package de.cloudhub.order.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The one classification of a failed API call: what kind of failure it was, so the UI picks one
 * sentence per kind and the right offer (try again, sign in again, correct a field, confirm a new price).
 * Every caller classifies through {@link #of(Throwable)}; none looks at exception types or statuses itself.
 */
public enum ApiFailure {
    /** No answer: connection refused or reset, host unknown, no trusted secure connection. */
    UNREACHABLE(true),
    /** No answer in time (connect, pool or response timeout). */
    TIMEOUT(true),
    /** 429: too many requests; see {@link #retryAfter(Throwable)} for how long the server asked to wait. */
    RATE_LIMITED(true),
    /** 401: the token is missing, unknown or expired. */
    SIGNED_OUT(false),
    /** 403: the token is valid but may not do this. */
    NO_ACCESS(false),
    /** 404: does not exist, or is not visible to this token. */
    NOT_FOUND(false),
    /** 400/422 and other 4xx: the request itself was refused, usually with field problems. */
    REFUSED(false),
    /** 409 {@code price-changed}: confirm the new price, then order again. */
    PRICE_CHANGED(false),
    /** 409 {@code request-in-progress}: the first request with the same Idempotency-Key is still running. */
    IN_PROGRESS(true),
    /** 5xx: the server failed. */
    SERVER_ERROR(true),
    /** An answer came but could not be used: malformed, too large, of another shape, an unexpected status. */
    BROKEN_ANSWER(true),
    /** Not an API failure at all (a bug, an interruption). */
    OTHER(false);

    private final boolean mayPass;

    ApiFailure(boolean mayPass) {
        this.mayPass = mayPass;
    }

    /**
     * True when the same call may well succeed later without anyone doing anything (the server is
     * back, the burst is over); false when a person has to act (sign in, get access, correct the input).
     */
    public boolean mayPassByItself() {
        return mayPass;
    }

    /**
     * True when no answer came at all (the server cannot be reached, or not in time): what was kept from an
     * earlier answer is then the best there is, and the app works offline.
     */
    public boolean meansNoConnection() {
        return this == UNREACHABLE || this == TIMEOUT;
    }

    /**
     * True when the service cannot be used at the moment: {@linkplain #meansNoConnection() no connection}, or
     * the server failing. The order views then show what is stored locally, marked as last seen, instead of an
     * error. An answer that cannot be read is not "offline": it is said as it is.
     */
    public boolean meansOffline() {
        return meansNoConnection() || this == SERVER_ERROR;
    }

    public static ApiFailure of(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ApiTimeoutException) {
            return TIMEOUT;
        }
        if (t instanceof ApiUnreachableException) {
            return UNREACHABLE;
        }
        if (t instanceof ApiProtocolException) {
            return BROKEN_ANSWER;
        }
        if (t instanceof PriceChangedException) {
            return PRICE_CHANGED;
        }
        if (t instanceof ApiProblemException p) {
            if (p.isUnauthorized()) {
                return SIGNED_OUT;
            }
            if (p.isForbidden()) {
                return NO_ACCESS;
            }
            if (p.status() == 404) {
                return NOT_FOUND;
            }
            if (p.isRequestInProgress()) {
                return IN_PROGRESS;
            }
            if (p.isRateLimited()) {
                return RATE_LIMITED;
            }
            if (p.isServerError()) {
                return SERVER_ERROR;
            }
            // a status outside 4xx/5xx is no refusal the contract knows
            return p.status() >= 400 ? REFUSED : BROKEN_ANSWER;
        }
        return OTHER;
    }

    /** How long the server asked to wait ({@code Retry-After}), when the failure carries that. */
    public static Optional<Duration> retryAfter(Throwable failure) {
        return unwrap(failure) instanceof ApiProblemException p ? p.retryAfter() : Optional.empty();
    }

    /** A failure handed on through a future or an executor arrives wrapped; the API's own exception is inside. */
    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; depth < 8 && t != null && !(t instanceof ApiException)
                && (t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException); depth++) {
            t = t.getCause();
        }
        return t;
    }
}
