package de.cloudhub.order.api;

import java.net.URI;
import java.util.Locale;

/**
 * Which base URLs the client accepts. The token travels in every request, so plain http is only
 * allowed where it never leaves the machine: loopback hosts ({@link LoopbackHosts}).
 */
final class EndpointRules {
    private EndpointRules() {
    }

    /** Returns the base URL without a trailing slash, or throws IllegalArgumentException saying why not. */
    static URI checkedBaseUrl(URI baseUrl) {
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("The API URL must be absolute with a host name, e.g. "
                    + "https://api.example.com/api/v1 (was " + safeForMessage(baseUrl) + ")");
        }
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The API URL must not contain a user name or password; "
                    + "the token is given separately");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("The API URL must not contain a query or fragment (was "
                    + safeForMessage(baseUrl) + ")");
        }
        String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            if (!LoopbackHosts.isLoopbackHost(baseUrl.getHost())) {
                throw new IllegalArgumentException("Refusing plain http to " + baseUrl.getHost()
                        + ": the token would travel unencrypted. Use https; plain http is only allowed "
                        + "for loopback hosts (127.0.0.1, ::1, localhost).");
            }
        } else if (!scheme.equals("https")) {
            throw new IllegalArgumentException("The API URL must use https (was " + scheme + ")");
        }
        String text = baseUrl.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    /** Same scheme, host and port (with default ports filled in). */
    static boolean sameOrigin(URI a, URI b) {
        if (a.getScheme() == null || b.getScheme() == null || a.getHost() == null || b.getHost() == null) {
            return false;
        }
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String safeForMessage(URI uri) {
        return uri.getRawUserInfo() == null ? uri.toString() : "(a URL with user info)";
    }
}
