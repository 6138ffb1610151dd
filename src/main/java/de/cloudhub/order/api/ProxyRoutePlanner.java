package de.cloudhub.order.api;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Decides for each request whether it goes through a proxy, in this order: a loopback host never
 * does; with configured {@link ProxySettings} (from {@code HTTPS_PROXY}), those decide, honouring
 * their no-proxy list; otherwise the JVM's {@link ProxySelector} decides, which applies explicit Java
 * properties ({@code -Dhttps.proxyHost}, {@code -Dhttp.nonProxyHosts}) and, with
 * {@code java.net.useSystemProxies=true}, the operating system's proxy settings.
 */
final class ProxyRoutePlanner extends DefaultRoutePlanner {
    private final ProxySettings configured;
    private final Supplier<ProxySelector> system;

    /** {@code configured} may be null; {@code system} is asked at each request (it may answer null). */
    ProxyRoutePlanner(ProxySettings configured, Supplier<ProxySelector> system) {
        super(DefaultSchemePortResolver.INSTANCE);
        this.configured = configured;
        this.system = system;
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) {
        return proxyFor(target).orElse(null);
    }

    /** The proxy for a request to {@code target}, empty for a direct connection. */
    Optional<HttpHost> proxyFor(HttpHost target) {
        String host = target.getHostName();
        if (LoopbackHosts.isLoopbackHost(host)) {
            return Optional.empty();
        }
        int port = DefaultSchemePortResolver.INSTANCE.resolve(target);
        if (configured != null) {
            return configured.appliesTo(host, port)
                    ? Optional.of(new HttpHost("http", configured.host(), configured.port()))
                    : Optional.empty();
        }
        ProxySelector selector = system.get();
        if (selector == null) {
            return Optional.empty();
        }
        List<Proxy> proxies;
        try {
            String uriHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            proxies = selector.select(new URI(target.getSchemeName(), null, uriHost, port, null, null, null));
        } catch (URISyntaxException | IllegalArgumentException unusable) {
            return Optional.empty();
        }
        for (Proxy proxy : proxies == null ? List.<Proxy>of() : proxies) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                return Optional.empty();
            }
            SocketAddress address = proxy.address();
            if (proxy.type() == Proxy.Type.HTTP && address instanceof InetSocketAddress inet) {
                return Optional.of(new HttpHost("http", inet.getHostString(), inet.getPort()));
            }
        }
        return Optional.empty();
    }
}
