package de.cloudhub.order.sandbox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fault waiting for the next {@code remaining} requests that match {@code method} (null: any) and
 * {@code path} (relative to {@code /api/v1}; a trailing {@code *} matches any rest).
 */
final class Fault {
    private final String method;
    private final String path;
    private final FaultKind kind;
    private final long delayMillis;
    private final int retryAfterSeconds;
    private int remaining;

    Fault(String method, String path, FaultKind kind, int count, long delayMillis, int retryAfterSeconds) {
        this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.kind = kind;
        this.remaining = count;
        this.delayMillis = delayMillis;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    boolean matches(String requestMethod, String requestPath) {
        if (remaining <= 0 || (method != null && !method.equals(requestMethod))) {
            return false;
        }
        if (path.endsWith("*")) {
            return requestPath.startsWith(path.substring(0, path.length() - 1));
        }
        return path.equals(requestPath);
    }

    /** Uses up one of the remaining matches. */
    void consume() {
        remaining--;
    }

    boolean exhausted() {
        return remaining <= 0;
    }

    FaultKind kind() {
        return kind;
    }

    long delayMillis() {
        return delayMillis;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", method);
        d.put("path", path);
        d.put("kind", kind.wireName());
        d.put("remaining", remaining);
        if (kind == FaultKind.DELAY) {
            d.put("delayMillis", delayMillis);
        }
        if (kind == FaultKind.HTTP_429) {
            d.put("retryAfterSeconds", retryAfterSeconds);
        }
        return d;
    }
}
