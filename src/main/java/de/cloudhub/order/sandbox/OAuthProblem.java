package de.cloudhub.order.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the token or revocation endpoint (RFC 6749 §5.2): {@code {"error", "error_description"}}.
 * The description never holds a code or token, only what was wrong with it.
 */
final class OAuthProblem extends RuntimeException {
    private final int status;
    private final String error;
    private final String description;
    private final Map<String, String> headers = new LinkedHashMap<>();

    OAuthProblem(int status, String error, String description) {
        super(error, null, false, false);
        this.status = status;
        this.error = error;
        this.description = description;
    }

    static OAuthProblem invalidRequest(String description) {
        return new OAuthProblem(400, "invalid_request", description);
    }

    static OAuthProblem invalidGrant(String description) {
        return new OAuthProblem(400, "invalid_grant", description);
    }

    static OAuthProblem invalidClient(String description) {
        return new OAuthProblem(400, "invalid_client", description);
    }

    OAuthProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    String error() {
        return error;
    }

    Response response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        Response response = Response.json(status, body).header("Cache-Control", "no-store")
                .header("Pragma", "no-cache");
        headers.forEach(response::header);
        return response;
    }
}
