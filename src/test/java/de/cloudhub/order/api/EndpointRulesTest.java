package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointRulesTest {

    @Test
    void plainHttpToANonLoopbackHostIsRefusedWhenTheClientIsBuilt() {
        ApiConfig config = TestConfigs.fast(URI.create("http://api.example.com/api/v1"), "secret-token");

        assertThatThrownBy(() -> new ApiClient(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("api.example.com")
                .hasMessageContaining("https")
                .hasMessageNotContaining("secret-token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api/v1", "http://127.1.2.3/api/v1", "http://localhost:1/api/v1",
            "http://[::1]:8080/api/v1", "https://api.example.com/api/v1"})
    void httpsAndLoopbackHttpAreAccepted(String url) {
        try (ApiClient client = new ApiClient(TestConfigs.fast(URI.create(url), "t"))) {
            assertThat(client.baseUrl()).isEqualTo(URI.create(url));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/api/v1", "http://192.168.1.1/api/v1", "http://[::2]/api/v1",
            "http://localhost.example.com/api/v1", "http://127.0.0.1.nip.io/api/v1"})
    void lookalikeAndPrivateHostsCountAsRemote(String url) {
        assertThatThrownBy(() -> new ApiClient(TestConfigs.fast(URI.create(url), "t")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUrlWithUserInfoIsRefusedWithoutEchoingIt() {
        URI url = URI.create("https://user:hunter2@api.example.com/api/v1");

        assertThatThrownBy(() -> new ApiClient(TestConfigs.fast(url, "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> new ApiClient(TestConfigs.fast(URI.create("ftp://127.0.0.1/api/v1"), "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsDropped() {
        try (ApiClient client = new ApiClient(TestConfigs.fast(URI.create("https://api.example.com/api/v1/"), "t"))) {
            assertThat(client.baseUrl()).isEqualTo(URI.create("https://api.example.com/api/v1"));
        }
    }

    @Test
    void sameOriginComparesSchemeHostAndEffectivePort() {
        try (ApiClient client = new ApiClient(TestConfigs.fast(URI.create("https://api.example.com/api/v1"), "t"))) {
            assertThat(client.isSameOrigin(URI.create("https://API.example.com:443/status/1"))).isTrue();
            assertThat(client.isSameOrigin(URI.create("http://api.example.com/status/1"))).isFalse();
            assertThat(client.isSameOrigin(URI.create("https://evil.example.net/status/1"))).isFalse();
        }
    }

    @Test
    void theConfigNeverPrintsTheToken() {
        ApiConfig config = TestConfigs.fast(URI.create("https://api.example.com/api/v1"), "secret-token");

        assertThat(config.toString()).doesNotContain("secret-token");
        try (ApiClient client = new ApiClient(config)) {
            assertThat(client.toString()).doesNotContain("secret-token");
        }
    }
}
