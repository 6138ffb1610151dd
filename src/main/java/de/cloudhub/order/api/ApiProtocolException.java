package de.cloudhub.order.api;

/** An answer came but is unusable: malformed JSON, oversized body, an unexpected status. */
public class ApiProtocolException extends ApiException {
    public ApiProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
