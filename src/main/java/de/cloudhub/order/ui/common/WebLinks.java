package de.cloudhub.order.ui.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which links a server may make the app open in the browser: absolute {@code https} links with a host
 * and no user info, or links the caller trusts by origin (e.g. the API's own loopback sandbox). Anything
 * else ({@code file:}, {@code javascript:}, plain http elsewhere, relative or malformed) is refused.
 */
public final class WebLinks {
    private static final int MAX_LENGTH = 2048;

    private WebLinks() {
    }

    /** {@code link} as a URI when it may be opened, otherwise empty. */
    public static Optional<URI> openable(String link, Predicate<URI> trustedOrigin) {
        if (link == null || link.isBlank() || link.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        return https || trustedOrigin.test(uri) ? Optional.of(uri) : Optional.empty();
    }

    /** A link as it may appear in a log line: printable and short. */
    public static String forLog(String link) {
        if (link == null) {
            return "null";
        }
        String printable = link.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 120 ? printable.substring(0, 120) + "…" : printable;
    }
}
