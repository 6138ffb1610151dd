package de.cloudhub.order.sandbox;

import com.sun.net.httpserver.HttpExchange;
import de.cloudhub.order.model.Me;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One API request as the handlers see it: method, path below {@code /api/v1}, query, caller, pending fault. */
final class Call {
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final HttpExchange exchange;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, List<String>> allQuery;
    private Me me;
    private Fault fault;
    private boolean faultDelayDone;
    private byte[] body;

    Call(HttpExchange exchange, String path) {
        this.exchange = Objects.requireNonNull(exchange);
        this.path = Objects.requireNonNull(path);
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.allQuery = parseRepeatedQuery(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return path;
    }

    /** A query parameter, null when absent. */
    String query(String name) {
        return query.get(name);
    }

    /** Every value of a repeated query parameter, in order (empty when absent). */
    List<String> queryAll(String name) {
        return allQuery.getOrDefault(name, List.of());
    }

    /** Every parameter of the query with all its values, in order. */
    Map<String, List<String>> queryParameters() {
        return allQuery;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The bearer token, or null when the request carries none. */
    String bearerToken() {
        String auth = header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = auth.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    String remoteAddress() {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    Me me() {
        return me;
    }

    void me(Me caller) {
        this.me = caller;
    }

    void fault(Fault pending) {
        this.fault = pending;
    }

    /** Waits the pending {@code delay} fault, once; a no-op without one. */
    void pauseForFault() {
        if (fault == null || fault.kind() != FaultKind.DELAY || faultDelayDone) {
            return;
        }
        faultDelayDone = true;
        try {
            Thread.sleep(fault.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request body, at most {@link #MAX_BODY_BYTES}; more is refused with 413. */
    byte[] body() {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
                if (read.length > MAX_BODY_BYTES) {
                    throw new HttpProblem(413, "payload-too-large", "Payload too large",
                            "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
                }
                body = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /**
     * Every value of every parameter of an {@code application/x-www-form-urlencoded} text (a query, or the
     * form body of a sign-in request), in order.
     *
     * @throws IllegalArgumentException on a malformed percent escape
     */
    static Map<String, List<String>> parseRepeatedQuery(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
        }
        return params;
    }

    /** The first value of each parameter, in the order they came. */
    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        parseRepeatedQuery(raw).forEach((name, values) -> params.put(name, values.get(0)));
        return params;
    }
}
