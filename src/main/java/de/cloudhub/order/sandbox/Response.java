package de.cloudhub.order.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers before the dispatcher serialises it (and before any fault garbles it). */
final class Response {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object entity;
    private byte[] raw;
    private String contentType;

    private Response(int status) {
        this.status = status;
    }

    static Response json(int status, Object entity) {
        Response r = new Response(status);
        r.entity = entity;
        r.contentType = JSON;
        return r;
    }

    static Response problem(HttpProblem problem) {
        Response r = new Response(problem.status());
        r.entity = problem.body();
        r.contentType = PROBLEM_JSON;
        r.headers.putAll(problem.headers());
        return r;
    }

    static Response html(int status, String html) {
        Response r = new Response(status);
        r.raw = html.getBytes(StandardCharsets.UTF_8);
        r.contentType = "text/html; charset=utf-8";
        return r;
    }

    /** 303 See Other to {@code location}, without a body. */
    static Response seeOther(String location) {
        Response r = new Response(303);
        r.headers.put("Location", location);
        return r;
    }

    /** A status without a body. */
    static Response empty(int status) {
        return new Response(status);
    }

    static Response notModified(String etag) {
        Response r = new Response(304);
        r.headers.put("ETag", etag);
        return r;
    }

    Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    Object entity() {
        return entity;
    }

    void entity(Object newEntity) {
        this.entity = newEntity;
    }

    byte[] raw() {
        return raw;
    }

    /** Replaces the body by these bytes, keeping the status and content type. */
    void raw(byte[] bytes) {
        this.raw = bytes;
        this.entity = null;
        if (contentType == null) {
            contentType = JSON;
        }
    }

    String contentType() {
        return contentType;
    }
}
