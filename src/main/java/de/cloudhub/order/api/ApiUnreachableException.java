package de.cloudhub.order.api;

/**
 * No answer came (connection refused, reset, timed out, closed). For a POST this is ambiguous:
 * the server may or may not have stored the order; retry with the same Idempotency-Key.
 * {@link #isTransient()} is false when trying again soon cannot help (unknown host, untrusted certificate).
 */
public class ApiUnreachableException extends ApiException {
    private final boolean transientFailure;

    public ApiUnreachableException(String message, Throwable cause) {
        this(message, cause, true);
    }

    public ApiUnreachableException(String message, Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
