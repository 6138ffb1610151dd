package de.cloudhub.order.api;

/** Base of every failure talking to the ordering API. Never carries the token. */
public class ApiException extends RuntimeException {
    public ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
