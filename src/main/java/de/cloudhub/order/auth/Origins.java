package de.cloudhub.order.auth;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.URI;
import java.util.Locale;

/**
 * The origin of the API (where RFC 8414 puts the metadata) and which endpoints may carry a code or a
 * refresh token: https, or plain http only to a loopback host, where nothing leaves the machine. The same
 * rule as the API client's; auth may not depend on the API package, so it keeps its own copy of it.
 */
final class Origins {
    private Origins() {
    }

    /** {@code scheme://host[:port]} of {@code uri}, without a trailing slash: what {@code issuer} must be. */
    static URI originOf(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL with a host: " + uri);
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
    }

    /** True for an absolute https URL, or an http URL to 127.0.0.0/8, ::1 or localhost. */
    static boolean isSafeEndpoint(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || (scheme.equals("http") && isLoopbackHost(uri.getHost()));
    }

    static boolean isLoopbackHost(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        IPAddress address = new IPAddressString(bare).getAddress();
        return address != null && address.isLoopback();
    }

    /** Same scheme, host and port, so an issuer {@code http://h:1/} equals the origin {@code http://h:1}. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && b.getScheme() != null && a.getHost() != null && b.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b) && (a.getRawPath() == null || a.getRawPath().isEmpty() || a.getRawPath().equals("/"))
                && (b.getRawPath() == null || b.getRawPath().isEmpty() || b.getRawPath().equals("/"));
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
