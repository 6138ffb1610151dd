package de.cloudhub.order.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A definite refusal: the server answered with an RFC 9457 problem (4xx/5xx), or with an error status
 * whose body was no problem document (then only {@code status} and {@code title}, the reason phrase,
 * are known). {@code code} is the problem's machine code when it has one (e.g. {@code price-changed},
 * {@code terms-outdated}); {@code errors} carry field paths in the model's spelling. {@code retryAfter} is
 * the server's {@code Retry-After} (seconds or an HTTP-date), e.g. on 429 or 503: how long it asked the
 * caller to wait before the next request.
 */
public class ApiProblemException extends ApiException {
    /** The first request with the same Idempotency-Key is still being processed (409). */
    public static final String CODE_REQUEST_IN_PROGRESS = "request-in-progress";
    /** The quoted price is not the current one (409). */
    public static final String CODE_PRICE_CHANGED = "price-changed";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final String code;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ApiProblemException(int status, String type, String title, String detail, String code,
                               List<FieldError> errors) {
        this(status, type, title, detail, code, errors, null);
    }

    /** @param retryAfter the server's {@code Retry-After} as a duration from now; null when it sent none */
    public ApiProblemException(int status, String type, String title, String detail, String code,
                               List<FieldError> errors, Duration retryAfter) {
        super("HTTP " + status + (title == null ? "" : " " + title)
                + (detail == null || detail.equals(title) ? "" : ": " + detail), null);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? null : retryAfter;
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public String detail() { return detail; }
    public String code() { return code; }
    public List<FieldError> errors() { return errors; }
    /** How long the server asked to wait before the next request ({@code Retry-After}), when it said so. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }

    /** 401: the token is missing, unknown or expired. */
    public boolean isUnauthorized() {
        return status == 401;
    }

    /** 403: the token is valid but may not do this (e.g. a customer listing customers). */
    public boolean isForbidden() {
        return status == 403;
    }

    /** 5xx: the server failed; for an order the outcome is unknown until it is retried with the same key. */
    public boolean isServerError() {
        return status >= 500;
    }

    /** 429: too many requests; worth trying again later. */
    public boolean isRateLimited() {
        return status == 429;
    }

    /** 409 {@code request-in-progress}: the first request with this key has not finished yet. */
    public boolean isRequestInProgress() {
        return status == 409 && CODE_REQUEST_IN_PROGRESS.equals(code);
    }
}
