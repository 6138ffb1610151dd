package de.cloudhub.order.api;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP proxy the client must use for every host except loopback hosts (never proxied) and those
 * matched by the no-proxy list. Usually read from {@code HTTPS_PROXY} and {@code NO_PROXY}. The
 * password, when the proxy URL carries one, is used only to answer the proxy's challenge: it never
 * appears in {@link #toString()}, {@link #describe()} or an exception message.
 *
 * @param host     the proxy's host name or address
 * @param port     the proxy's port
 * @param username the user name for the proxy, null for none
 * @param password the password for the proxy, null for none
 * @param noProxy  entries of the no-proxy list, lower case: {@code *}, a domain (matches it and every
 *                 host below it, with or without a leading dot), an IP address or CIDR range, each
 *                 optionally with {@code :port}
 */
public record ProxySettings(String host, int port, String username, String password, List<String> noProxy) {
    private static final int DEFAULT_PORT = 80;

    public ProxySettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The proxy needs a host name");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The proxy port must be from 1 to 65535, was " + port);
        }
        noProxy = List.copyOf(Objects.requireNonNull(noProxy, "noProxy"));
    }

    /**
     * Reads a proxy URL as in {@code HTTPS_PROXY}: {@code http://[user:password@]host[:port][/]} or just
     * {@code host[:port]}, and a no-proxy list as in {@code NO_PROXY} (comma or space separated; null
     * for none). Throws IllegalArgumentException naming the problem (never the password).
     */
    public static ProxySettings parse(String proxyUrl, String noProxyList) {
        Objects.requireNonNull(proxyUrl, "proxyUrl");
        String text = proxyUrl.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw unusable(proxyUrl, "not a valid address");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw unusable(proxyUrl, "the scheme " + scheme + ":// is not supported, only http://");
        }
        if (uri.getHost() == null) {
            throw unusable(proxyUrl, "no host name");
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw unusable(proxyUrl, "a proxy address has no path or query");
        }
        String username = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String userInfo = uri.getUserInfo();
            int colon = userInfo.indexOf(':');
            username = colon < 0 ? userInfo : userInfo.substring(0, colon);
            password = colon < 0 ? null : userInfo.substring(colon + 1);
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        if (port < 1 || port > 65535) {
            throw unusable(proxyUrl, "the port must be from 1 to 65535");
        }
        return new ProxySettings(bare(uri.getHost()), port, username, password, noProxyEntries(noProxyList));
    }

    private static IllegalArgumentException unusable(String proxyUrl, String why) {
        return new IllegalArgumentException("The proxy address " + withoutCredentials(proxyUrl) + " is not usable: "
                + why + " (expected http://host:port)");
    }

    /** The proxy URL as given, with anything before an {@code @} in the authority replaced by {@code ***}. */
    static String withoutCredentials(String proxyUrl) {
        int start = proxyUrl.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int at = proxyUrl.lastIndexOf('@');
        if (at < start) {
            return proxyUrl;
        }
        return proxyUrl.substring(0, start) + "***@" + proxyUrl.substring(at + 1);
    }

    private static List<String> noProxyEntries(String list) {
        List<String> entries = new ArrayList<>();
        if (list == null) {
            return entries;
        }
        for (String entry : list.split("[,\\s]+")) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        return entries;
    }

    /** Whether a request to {@code host} (as {@link URI#getHost()} gives it) and {@code port} goes via this proxy. */
    public boolean appliesTo(String host, int port) {
        if (host == null || LoopbackHosts.isLoopbackHost(host)) {
            return false;
        }
        String target = bare(host).toLowerCase(Locale.ROOT);
        while (target.endsWith(".")) {
            target = target.substring(0, target.length() - 1);
        }
        for (String entry : noProxy) {
            if (matches(entry, target, port)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String entry, String target, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String hostPart = entry;
        int entryPort = -1;
        int colon = entry.lastIndexOf(':');
        boolean bracketed = entry.startsWith("[");
        if (colon > 0 && (bracketed ? entry.lastIndexOf(']') < colon : entry.indexOf(':') == colon)) {
            try {
                entryPort = Integer.parseInt(entry.substring(colon + 1));
                hostPart = entry.substring(0, colon);
            } catch (NumberFormatException notAPort) {
                return false;
            }
        }
        if (entryPort != -1 && entryPort != port) {
            return false;
        }
        hostPart = bare(hostPart);
        if (hostPart.isEmpty()) {
            return false;
        }
        IPAddress range = ipAddress(hostPart);
        IPAddress address = ipAddress(target);
        if (range != null || address != null) {
            // addresses match addresses and ranges only, never as a domain suffix ("10" must not match 0.0.0.10)
            return range != null && address != null && range.contains(address);
        }
        String domain = hostPart.startsWith("*.") ? hostPart.substring(2)
                : hostPart.startsWith(".") ? hostPart.substring(1) : hostPart;
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return !domain.isEmpty() && (target.equals(domain) || target.endsWith("." + domain));
    }

    /** An address or range written in full (no inet_aton shorthands such as {@code 10}); null for a host name. */
    private static IPAddress ipAddress(String text) {
        if (!text.contains(".") && !text.contains(":")) {
            return null;
        }
        IPAddress address = new IPAddressString(text).getAddress();
        if (address == null) {
            return null;
        }
        return address.getNetworkPrefixLength() == null ? address : address.toPrefixBlock();
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the proxy URL named a user (and so the client answers the proxy's challenge). */
    public boolean hasCredentials() {
        return username != null;
    }

    /** {@code host:port} of the proxy, for log lines and messages; never the credentials. */
    public String describe() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "ProxySettings[" + describe() + (hasCredentials() ? ", credentials=***" : "") + ", noProxy=" + noProxy
                + "]";
    }
}
