package de.cloudhub.order.drafts;

import de.cloudhub.order.model.Me;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose drafts, followed orders and cached customer data these are: the API's origin and the user id that
 * {@code GET /me} names. Two people signing in on the same computer have two keys and see nothing of each
 * other; the same person on two endpoints has two keys too (an id means nothing on another server). The
 * embedded demo is one origin, {@link #DEMO_ORIGIN}, whatever port its sandbox has this time.
 *
 * @param origin {@code scheme://host[:port]} in lower case without the default port (RFC 6454's
 *               serialisation), or {@link #DEMO_ORIGIN}
 * @param userId the user's id as the server sends it
 */
public record AccountKey(String origin, String userId) {
    /** The origin of every account of the embedded demo. */
    public static final String DEMO_ORIGIN = "demo";

    public AccountKey {
        requireText(origin, "origin");
        requireText(userId, "userId");
        if (origin.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("An origin has no spaces: " + origin);
        }
    }

    /** The account of the demo user {@code userId} of the embedded sandbox. */
    public static AccountKey demo(String userId) {
        return new AccountKey(DEMO_ORIGIN, userId);
    }

    /** The account {@code me} describes on the endpoint {@code origin}; empty when the answer names no user. */
    public static Optional<AccountKey> of(String origin, Me me) {
        if (me == null || me.user() == null || me.user().id() == null || me.user().id().isBlank()
                || hasControlCharacter(me.user().id())) {
            return Optional.empty();
        }
        return Optional.of(new AccountKey(origin, me.user().id()));
    }

    /**
     * The origin the accounts of an endpoint share: {@link #DEMO_ORIGIN} for the embedded sandbox, else
     * {@code scheme://host[:port]} of the API's address (its path does not matter: {@code /api/v1} and
     * {@code /api/v2} of one server are one sign-in).
     */
    public static String endpoint(boolean embeddedDemo, URI apiUrl) {
        return embeddedDemo ? DEMO_ORIGIN : originOf(apiUrl);
    }

    /** {@code scheme://host[:port]}, scheme and host in lower case, without the scheme's default port. */
    public static String originOf(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute address with a host: " + uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** The key as one line of text, for the settings; {@link #parse} reads it back. */
    public String id() {
        return origin + " " + userId;
    }

    /** Reads what {@link #id()} wrote; empty for anything else. */
    public static Optional<AccountKey> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int space = id.indexOf(' ');
        if (space <= 0 || space == id.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccountKey(id.substring(0, space), id.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The account as the start of a key no other account's key starts with (its length first, so no user id
     * can make two accounts' keys meet): for the store's pending changes and the cached documents.
     */
    String tag() {
        String id = id();
        return id.length() + ":" + id + "|";
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || hasControlCharacter(value)) {
            throw new IllegalArgumentException("An account's " + what + " must be text on one line");
        }
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
