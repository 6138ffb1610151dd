package de.cloudhub.order.api;

import java.net.URI;
import java.time.Duration;

/** Client settings for tests: short timeouts and pauses so fault tests stay fast. */
final class TestConfigs {
    static final String USER_AGENT = "CloudhubOrder/test";

    private TestConfigs() {
    }

    static ApiConfig fast(URI baseUrl, String token) {
        return new ApiConfig(baseUrl, token, Duration.ofSeconds(2), Duration.ofSeconds(3), 3,
                Duration.ofMillis(50), USER_AGENT);
    }

    static ApiConfig with(URI baseUrl, String token, int maxAttempts, Duration maxRetryDelay, Duration responseTimeout) {
        return new ApiConfig(baseUrl, token, Duration.ofSeconds(2), responseTimeout, maxAttempts, maxRetryDelay,
                USER_AGENT);
    }
}
