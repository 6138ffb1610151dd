package de.cloudhub.order.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code POST /orders} as the app sends it, to be sent by other means ("Export as API request"): the
 * URL, the Idempotency-Key, the JSON body (pretty-printed; the same JSON value the client sends) and a
 * {@code curl} command for POSIX shells that sends exactly that. The command never holds the token: it
 * reads it from the environment variable {@value #TOKEN_VARIABLE}. Made by {@link ApiClient#exportOrder}.
 */
public record ApiRequestExport(URI url, UUID idempotencyKey, String body) {
    /** The environment variable the command takes the token from. */
    public static final String TOKEN_VARIABLE = "CLOUDHUB_TOKEN";
    static final String CONTENT_TYPE = "application/json";
    private static final String END_OF_BODY = "CLOUDHUB_ORDER_JSON";

    public ApiRequestExport {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The {@code curl} command: headers as the client sends them, the body on standard input from a
     * quoted here-document (nothing in it is expanded by the shell), every other value single-quoted.
     */
    public String curl() {
        String end = END_OF_BODY;
        while (body.lines().anyMatch(end::equals)) {
            end = end + "_";
        }
        return String.join(" \\\n  ", List.of(
                "curl -X POST " + quote(url.toASCIIString()),
                "-H \"Authorization: Bearer $" + TOKEN_VARIABLE + "\"",
                "-H " + quote("Idempotency-Key: " + idempotencyKey),
                "-H " + quote("Content-Type: " + CONTENT_TYPE),
                "-H " + quote("Accept: " + Transport.ACCEPT),
                "--data-binary @- <<'" + end + "'"))
                + "\n" + body + (body.endsWith("\n") ? "" : "\n") + end + "\n";
    }

    /** {@code text} as one word for a POSIX shell: single-quoted, a single quote inside as {@code '\''}. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
