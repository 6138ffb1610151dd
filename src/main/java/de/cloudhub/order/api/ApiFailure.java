package de.cloudhub.order.api;

/**
 * What kind of failure an API call ended in, so the UI can pick one sentence per kind (e.g. an i18n
 * key {@code api.<name>}) and the right offer: try again, sign in again, correct a field, confirm a
 * new price.
 */
public enum ApiFailure {
    /** No answer: network down, endpoint unreachable, timed out. */
    UNREACHABLE,
    /** 401: token missing, unknown or expired. */
    UNAUTHORIZED,
    /** 403: the token may not do this. */
    FORBIDDEN,
    /** 404: does not exist or is not visible to this token. */
    NOT_FOUND,
    /** 409 price-changed: confirm the new price, then order again. */
    PRICE_CHANGED,
    /** 409 request-in-progress: the same order is still being processed. */
    IN_PROGRESS,
    /** 400/422 and other 4xx: the request itself is wrong; see the field errors. */
    REJECTED,
    /** 429: too many requests. */
    RATE_LIMITED,
    /** 5xx: the server failed. */
    SERVER_ERROR,
    /** An answer came but could not be used (malformed, too large, unexpected). */
    PROTOCOL,
    /** Not an API failure at all (a bug or an interruption). */
    OTHER;

    public static ApiFailure of(Throwable failure) {
        if (failure instanceof ApiUnreachableException) {
            return UNREACHABLE;
        }
        if (failure instanceof ApiProtocolException) {
            return PROTOCOL;
        }
        if (failure instanceof PriceChangedException) {
            return PRICE_CHANGED;
        }
        if (failure instanceof ApiProblemException p) {
            if (p.isUnauthorized()) {
                return UNAUTHORIZED;
            }
            if (p.isForbidden()) {
                return FORBIDDEN;
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
            return p.isServerError() ? SERVER_ERROR : REJECTED;
        }
        return OTHER;
    }
}
