package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading HTTPS_PROXY / NO_PROXY style values and deciding which hosts go through the proxy. */
class ProxySettingsTest {

    @ParameterizedTest(name = "{0} -> {1}:{2}")
    @CsvSource({
            "http://proxy.corp.example:3128, proxy.corp.example, 3128",
            "http://proxy.corp.example:3128/, proxy.corp.example, 3128",
            "proxy.corp.example:8080, proxy.corp.example, 8080",
            "http://proxy.corp.example, proxy.corp.example, 80",
            "HTTP://Proxy.Corp.Example:3128, Proxy.Corp.Example, 3128",
            "http://[fd00::3]:3128, fd00::3, 3128",
            "'  http://10.0.0.5:3128  ', 10.0.0.5, 3128"})
    void aProxyAddressIsReadWithOrWithoutScheme(String value, String host, int port) {
        ProxySettings proxy = ProxySettings.parse(value, null);

        assertThat(proxy.host()).isEqualTo(host);
        assertThat(proxy.port()).isEqualTo(port);
        assertThat(proxy.hasCredentials()).isFalse();
    }

    @Test
    void credentialsInTheAddressAreKeptButNeverShown() {
        ProxySettings proxy = ProxySettings.parse("http://alice:s3cr%40t@proxy.corp.example:3128", null);

        assertThat(proxy.username()).isEqualTo("alice");
        assertThat(proxy.password()).isEqualTo("s3cr@t");
        assertThat(proxy.toString()).doesNotContain("s3cr", "alice").contains("proxy.corp.example:3128");
        assertThat(proxy.describe()).isEqualTo("proxy.corp.example:3128");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "socks5://alice:pa55word@proxy.corp.example:1080 | socks5",
            "https://alice:pa55word@proxy.corp.example:3128 | https",
            "http://alice:pa55word@proxy.corp.example:3128/some/path | path",
            "http://alice:pa55word@proxy.corp.example:99999 | 65535",
            "http://alice:pa55word@:3128 | host"})
    void anUnusableAddressIsRefusedWithoutShowingThePassword(String value, String reason) {
        assertThatThrownBy(() -> ProxySettings.parse(value, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining("pa55word")
                .hasMessageNotContaining("alice");
    }

    @ParameterizedTest(name = "NO_PROXY={0}, {1}:{2} proxied={3}")
    @CsvSource(delimiter = '|', value = {
            "''                          | api.example.com      | 443 | true",
            "example.com                 | api.example.com      | 443 | false",
            "example.com                 | example.com          | 443 | false",
            ".example.com                | api.example.com      | 443 | false",
            ".example.com                | example.com          | 443 | false",
            "*.example.com               | api.example.com      | 443 | false",
            "example.com                 | badexample.com       | 443 | true",
            "example.com                 | example.com.evil.net | 443 | true",
            "Example.COM                 | API.example.com      | 443 | false",
            "example.com                 | api.example.com.     | 443 | false",
            "internal.test, example.com  | api.example.com      | 443 | false",
            "'internal.test example.com' | api.example.com      | 443 | false",
            "internal.test               | api.example.com      | 443 | true",
            "*                           | api.example.com      | 443 | false",
            "example.com:8443            | api.example.com      | 443 | true",
            "example.com:8443            | api.example.com      | 8443 | false",
            "203.0.113.7                 | 203.0.113.7          | 443 | false",
            "203.0.113.7                 | 203.0.113.8          | 443 | true",
            "203.0.113.0/24              | 203.0.113.99         | 443 | false",
            "203.0.113.0/24              | 203.0.114.1          | 443 | true",
            "2001:db8::/32               | [2001:db8::5]        | 443 | false",
            "[2001:db8::5]:443           | [2001:db8::5]        | 443 | false",
            "10                          | 0.0.0.10             | 443 | true"})
    void theNoProxyListDecidesWhichHostsGoDirect(String noProxy, String host, int port, boolean proxied) {
        ProxySettings proxy = ProxySettings.parse("http://proxy.corp.example:3128", noProxy);

        assertThat(proxy.appliesTo(host, port)).isEqualTo(proxied);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "127.0.0.2", "localhost", "[::1]", "::1"})
    void aLoopbackHostIsNeverProxied(String host) {
        ProxySettings proxy = ProxySettings.parse("http://proxy.corp.example:3128", null);

        assertThat(proxy.appliesTo(host, 443)).isFalse();
    }
}
