package de.cloudhub.order.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to talk: base URL ending in {@code /api/v1}; the token (never logged, never in
 * {@link #toString()}); timeouts; how often a GET or an ambiguous POST is tried in all
 * ({@code maxAttempts}, at least 1) and the longest pause between two tries ({@code maxRetryDelay},
 * also the cap on a server's {@code Retry-After}). A null token sends no {@code Authorization}.
 * {@code proxy}: the proxy to use (e.g. from {@code HTTPS_PROXY}); null leaves the choice to the JVM's
 * {@link java.net.ProxySelector} (Java properties, then the system's settings). Loopback hosts are
 * never proxied. {@code callDeadline}: the longest one call may take in all, every try, pause and
 * redirect included, so a server that answers one byte per second (never tripping the socket timeout)
 * cannot hold a call for ever.
 */
public record ApiConfig(URI baseUrl, String token, Duration connectTimeout, Duration responseTimeout,
                        int maxAttempts, Duration maxRetryDelay, String userAgent, ProxySettings proxy,
                        Duration callDeadline) {
    /** The overall deadline of a call with the default settings. */
    public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(30);

    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRetryDelay.isNegative()) {
            throw new IllegalArgumentException("maxRetryDelay must not be negative");
        }
        Objects.requireNonNull(callDeadline, "callDeadline");
        if (callDeadline.isNegative() || callDeadline.isZero()) {
            throw new IllegalArgumentException("callDeadline must be positive");
        }
    }

    /** Settings with a proxy and a deadline long enough for every try to use its whole response timeout. */
    public ApiConfig(URI baseUrl, String token, Duration connectTimeout, Duration responseTimeout,
                     int maxAttempts, Duration maxRetryDelay, String userAgent, ProxySettings proxy) {
        this(baseUrl, token, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay, userAgent, proxy,
                connectTimeout.plus(responseTimeout).multipliedBy(Math.max(1, maxAttempts))
                        .plus(maxRetryDelay.multipliedBy(Math.max(0, maxAttempts - 1))));
    }

    /** Settings without a configured proxy: the JVM's {@link java.net.ProxySelector} decides. */
    public ApiConfig(URI baseUrl, String token, Duration connectTimeout, Duration responseTimeout,
                     int maxAttempts, Duration maxRetryDelay, String userAgent) {
        this(baseUrl, token, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay, userAgent, null);
    }

    public static ApiConfig defaults(URI baseUrl, String token, String appVersion) {
        return new ApiConfig(baseUrl, token, Duration.ofSeconds(5), Duration.ofSeconds(15), 4,
                Duration.ofSeconds(10), "CloudhubOrder/" + appVersion, null, DEFAULT_CALL_DEADLINE);
    }

    /** The same settings with another token, e.g. after the user switched identities. */
    public ApiConfig withToken(String newToken) {
        return new ApiConfig(baseUrl, newToken, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay,
                userAgent, proxy, callDeadline);
    }

    /** The same settings with another proxy; null leaves the choice to the JVM's proxy selector. */
    public ApiConfig withProxy(ProxySettings newProxy) {
        return new ApiConfig(baseUrl, token, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay,
                userAgent, newProxy, callDeadline);
    }

    /** The same settings with another overall deadline per call. */
    public ApiConfig withCallDeadline(Duration newDeadline) {
        return new ApiConfig(baseUrl, token, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay,
                userAgent, proxy, newDeadline);
    }

    @Override
    public String toString() {
        return "ApiConfig[baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
                + ", maxAttempts=" + maxAttempts + ", maxRetryDelay=" + maxRetryDelay
                + ", userAgent=" + userAgent + ", proxy=" + (proxy == null ? "system" : proxy)
                + ", callDeadline=" + callDeadline + "]";
    }
}
