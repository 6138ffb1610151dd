package de.cloudhub.order.api;

/**
 * No answer came (connection refused, reset, timed out, closed). For a POST this is ambiguous:
 * the server may or may not have stored the order; retry with the same Idempotency-Key.
 */
public class ApiUnreachableException extends ApiException {
    public ApiUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
