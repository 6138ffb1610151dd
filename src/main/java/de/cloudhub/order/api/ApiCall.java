package de.cloudhub.order.api;

import java.net.URI;
import java.util.UUID;

/**
 * One logical request, possibly sent several times: the same method, URL, body bytes and
 * Idempotency-Key on every try. {@code body}, {@code idempotencyKey} and {@code etag} may be null.
 */
record ApiCall(String method, URI uri, byte[] body, UUID idempotencyKey, String etag) {
    static ApiCall get(URI uri, String etag) {
        return new ApiCall("GET", uri, null, null, etag);
    }

    static ApiCall post(URI uri, byte[] body, UUID idempotencyKey) {
        return new ApiCall("POST", uri, body, idempotencyKey, null);
    }

    boolean isGet() {
        return "GET".equals(method);
    }

    /** What logs and messages name: method and path, never the query, the headers or the body. */
    String describe() {
        return method + " " + uri.getRawPath();
    }
}
