package de.cloudhub.order.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The redirect URIs a native app may ask for (RFC 8252 §7.3): plain {@code http} to the loopback address
 * literal {@code 127.0.0.1} or {@code [::1]}, an explicit port (any), a path (any), optionally a query.
 * Host names such as {@code localhost}, other schemes, user info and fragments are refused.
 */
final class LoopbackRedirect {
    private LoopbackRedirect() {
    }

    static Optional<URI> parse(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isOpaque() || !"http".equals(uri.getScheme()) || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (!"127.0.0.1".equals(host) && !"[::1]".equals(host) || port < 1 || port > 65535) {
            return Optional.empty();
        }
        // the authority exactly as written, so that forms such as a port with leading zeros stay out
        if (!(host + ":" + port).equals(uri.getRawAuthority())) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        return path != null && path.startsWith("/") ? Optional.of(uri) : Optional.empty();
    }
}
