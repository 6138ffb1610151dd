package de.cloudhub.order.api;

/**
 * No (complete) answer came in time: connecting, waiting for a free connection or waiting for the
 * answer took longer than the configured timeout. A kind of {@link ApiUnreachableException}, so
 * everything that holds for "no answer" (ambiguous for a POST, worth trying again) holds here too;
 * only the sentence a person reads differs.
 */
public class ApiTimeoutException extends ApiUnreachableException {
    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause, true);
    }
}
