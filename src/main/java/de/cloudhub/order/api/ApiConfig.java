package de.cloudhub.order.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to talk: base URL ending in {@code /api/v1}; the token (never logged, never in
 * {@link #toString()}); timeouts; how often a GET or an ambiguous POST is retried.
 */
public record ApiConfig(URI baseUrl, String token, Duration connectTimeout, Duration responseTimeout,
                        int maxAttempts, Duration maxRetryDelay, String userAgent) {
    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public static ApiConfig defaults(URI baseUrl, String token, String appVersion) {
        return new ApiConfig(baseUrl, token, Duration.ofSeconds(5), Duration.ofSeconds(15), 4,
                Duration.ofSeconds(10), "CloudhubOrder/" + appVersion);
    }

    @Override
    public String toString() {
        return "ApiConfig[baseUrl=" + baseUrl + ", token=***]";
    }
}
