package de.cloudhub.order.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which base URLs the client accepts. The token travels in every request, so plain http is only
 * allowed where it never leaves the machine: loopback hosts ({@link LoopbackHosts}).
 */
public final class EndpointRules {
    /** Why a base URL is refused, for a message in the person's language (the one list of the rules). */
    public enum Problem {
        /** Not a URL at all, or without a scheme and a host name. */
        NOT_ABSOLUTE,
        /** A user name or password in the URL. */
        USER_INFO,
        /** A query or a fragment. */
        QUERY_OR_FRAGMENT,
        /** Plain http to a host off this machine. */
        PLAIN_HTTP,
        /** Neither http nor https. */
        NOT_HTTPS
    }

    private EndpointRules() {
    }

    /** What is wrong with {@code text} as the API's base URL; empty when it can be used. */
    public static Optional<Problem> problem(String text) {
        try {
            return problem(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return Optional.of(Problem.NOT_ABSOLUTE);
        }
    }

    /** What is wrong with {@code baseUrl} as the API's base URL; empty when it can be used. */
    public static Optional<Problem> problem(URI baseUrl) {
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            return Optional.of(Problem.NOT_ABSOLUTE);
        }
        if (baseUrl.getRawUserInfo() != null) {
            return Optional.of(Problem.USER_INFO);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            return Optional.of(Problem.QUERY_OR_FRAGMENT);
        }
        String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            return LoopbackHosts.isLoopbackHost(baseUrl.getHost()) ? Optional.empty() : Optional.of(Problem.PLAIN_HTTP);
        }
        return scheme.equals("https") ? Optional.empty() : Optional.of(Problem.NOT_HTTPS);
    }

    /** Returns the base URL without a trailing slash, or throws IllegalArgumentException saying why not. */
    static URI checkedBaseUrl(URI baseUrl) {
        Optional<Problem> problem = problem(baseUrl);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(switch (problem.get()) {
                case NOT_ABSOLUTE -> "The API URL must be absolute with a host name, e.g. "
                        + "https://api.example.com/api/v1 (was " + safeForMessage(baseUrl) + ")";
                case USER_INFO -> "The API URL must not contain a user name or password; "
                        + "the token is given separately";
                case QUERY_OR_FRAGMENT -> "The API URL must not contain a query or fragment (was "
                        + safeForMessage(baseUrl) + ")";
                case PLAIN_HTTP -> "Refusing plain http to " + baseUrl.getHost()
                        + ": the token would travel unencrypted. Use https; plain http is only allowed "
                        + "for loopback hosts (127.0.0.1, ::1, localhost).";
                case NOT_HTTPS -> "The API URL must use https (was " + baseUrl.getScheme().toLowerCase(Locale.ROOT) + ")";
            });
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
