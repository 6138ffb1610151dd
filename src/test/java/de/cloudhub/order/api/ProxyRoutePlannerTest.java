package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

/** Which requests go through which proxy: configured settings first, else the JVM's proxy selector. */
class ProxyRoutePlannerTest {
    private static final HttpHost API = new HttpHost("https", "api.example.com", -1);
    private final RecordingSelector system = new RecordingSelector(
            new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("os-proxy.example", 8080)));

    @Test
    void configuredSettingsSendARealHostThroughTheirProxy() {
        ProxyRoutePlanner planner = new ProxyRoutePlanner(
                ProxySettings.parse("http://env-proxy.example:3128", null), () -> system);

        assertThat(planner.proxyFor(API)).contains(new HttpHost("http", "env-proxy.example", 3128));
        assertThat(system.asked).isEmpty();
    }

    @Test
    void configuredSettingsLetAHostOnTheirNoProxyListGoDirect() {
        ProxyRoutePlanner planner = new ProxyRoutePlanner(
                ProxySettings.parse("http://env-proxy.example:3128", "example.com"), () -> system);

        assertThat(planner.proxyFor(API)).isEmpty();
        assertThat(system.asked).isEmpty();
    }

    @Test
    void withoutConfiguredSettingsTheJvmSelectorDecidesForTheHttpsUri() {
        ProxyRoutePlanner planner = new ProxyRoutePlanner(null, () -> system);

        assertThat(planner.proxyFor(API)).contains(new HttpHost("http", "os-proxy.example", 8080));
        assertThat(system.asked).containsExactly(URI.create("https://api.example.com:443"));
    }

    @Test
    void aDirectAnswerFromTheJvmSelectorMeansNoProxy() {
        RecordingSelector direct = new RecordingSelector(Proxy.NO_PROXY);
        ProxyRoutePlanner planner = new ProxyRoutePlanner(null, () -> direct);

        assertThat(planner.proxyFor(API)).isEmpty();
    }

    @Test
    void aSocksProxyFromTheJvmSelectorIsNotUsedForHttp() {
        RecordingSelector socks = new RecordingSelector(
                new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved("socks.example", 1080)));
        ProxyRoutePlanner planner = new ProxyRoutePlanner(null, () -> socks);

        assertThat(planner.proxyFor(API)).isEmpty();
    }

    @Test
    void aLoopbackHostIsNeverProxiedWhateverTheSettingsOrTheSystemSay() {
        ProxyRoutePlanner configured = new ProxyRoutePlanner(
                ProxySettings.parse("http://env-proxy.example:3128", null), () -> system);
        ProxyRoutePlanner fromSystem = new ProxyRoutePlanner(null, () -> system);

        for (String host : List.of("127.0.0.1", "127.0.0.2", "localhost", "::1")) {
            HttpHost target = new HttpHost("http", host, 18080);
            assertThat(configured.proxyFor(target)).as(host).isEmpty();
            assertThat(fromSystem.proxyFor(target)).as(host).isEmpty();
        }
        assertThat(system.asked).isEmpty();
    }

    @Test
    void withoutAnySelectorTheConnectionIsDirect() {
        assertThat(new ProxyRoutePlanner(null, () -> null).proxyFor(API)).isEmpty();
    }

    private static final class RecordingSelector extends ProxySelector {
        private final Proxy answer;
        private final List<URI> asked = new ArrayList<>();

        RecordingSelector(Proxy answer) {
            this.answer = answer;
        }

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(answer);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // the test only looks at the choice
        }
    }
}
