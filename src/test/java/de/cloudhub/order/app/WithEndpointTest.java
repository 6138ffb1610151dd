package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A start again with another endpoint keeps the program's other arguments and none that named the old one. */
class WithEndpointTest {
    @Test
    void theDemoInsteadOfAProviderDropsTheProvidersUrl() {
        assertThat(CloudhubOrderApp.withEndpoint(List.of("--api-url", "https://a.example/api/v1", "--locale", "en",
                "--data-dir", "/d"), List.of("--sandbox")))
                .containsExactly("--locale", "en", "--data-dir", "/d", "--sandbox");
    }

    @Test
    void anotherProviderReplacesTheFirstAndTheDemoOptions() {
        assertThat(CloudhubOrderApp.withEndpoint(List.of("--api-url=https://a.example/api/v1", "--sandbox",
                "--demo-user", "sales", "--sandbox-port=1234", "file.cloudhub-order"),
                List.of("--api-url", "https://b.example/api/v1")))
                .containsExactly("file.cloudhub-order", "--api-url", "https://b.example/api/v1");
    }
}
