package de.cloudhub.order.api;

/** The answer to a conditional GET: {@code notModified} true means the caller's copy is current (304). */
public record Conditional<T>(T value, String etag, boolean notModified) {
}
