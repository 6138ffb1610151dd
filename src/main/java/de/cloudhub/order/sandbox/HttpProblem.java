package de.cloudhub.order.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem the sandbox answers with. Thrown by handlers for refusals the client caused;
 * the dispatcher turns it into an {@code application/problem+json} response.
 */
final class HttpProblem extends RuntimeException {
    static final String TYPE_BASE = "https://cloudhub.example/problems/";

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    HttpProblem(int status, String code, String title, String detail, List<FieldProblem> errors) {
        super(status + " " + code, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    HttpProblem(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    static HttpProblem notFound(String detail) {
        return new HttpProblem(404, "not-found", "Not found", detail);
    }

    static HttpProblem badRequest(String code, String detail) {
        return new HttpProblem(400, code, "Bad request", detail);
    }

    HttpProblem extension(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    HttpProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The JSON members in the order RFC 9457 lists them, then the extensions. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("errors", errors);
        body.putAll(extensions);
        return body;
    }
}
