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
 * never proxied.
 */
public record ApiConfig(URI baseUrl, String token, Duration connectTimeout, Duration responseTimeout,
                        int maxAttempts, Duration maxRetryDelay, String userAgent, ProxySettings proxy) {
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
    }

    /** Settings without a configured proxy: the JVM's {@link java.net.ProxySelector} decides. */
    public ApiConfig(URI baseUrl, String token, Duration connectTimeout, Duration responseTimeout,
                     int maxAttempts, Duration maxRetryDelay, String userAgent) {
        this(baseUrl, token, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay, userAgent, null);
    }

    public static ApiConfig defaults(URI baseUrl, String token, String appVersion) {
        return new ApiConfig(baseUrl, token, Duration.ofSeconds(5), Duration.ofSeconds(15), 4,
                Duration.ofSeconds(10), "CloudhubOrder/" + appVersion);
    }

    /** The same settings with another token, e.g. after the user switched identities. */
    public ApiConfig withToken(String newToken) {
        return new ApiConfig(baseUrl, newToken, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay,
                userAgent, proxy);
    }

    /** The same settings with another proxy; null leaves the choice to the JVM's proxy selector. */
    public ApiConfig withProxy(ProxySettings newProxy) {
        return new ApiConfig(baseUrl, token, connectTimeout, responseTimeout, maxAttempts, maxRetryDelay,
                userAgent, newProxy);
    }

    @Override
    public String toString() {
        return "ApiConfig[baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
                + ", maxAttempts=" + maxAttempts + ", maxRetryDelay=" + maxRetryDelay
                + ", userAgent=" + userAgent + ", proxy=" + (proxy == null ? "system" : proxy) + "]";
    }
}
