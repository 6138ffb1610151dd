package de.cloudhub.order.api;

/**
 * What came back for one try: status, the few headers the client uses ({@code nextCursor} is
 * {@code Next-Cursor} of a page of orders), and the (capped) body.
 */
record Answer(int status, String reasonPhrase, String etag, String retryAfter, String location, String nextCursor,
              byte[] body) {
    Answer {
        body = body == null ? new byte[0] : body;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
