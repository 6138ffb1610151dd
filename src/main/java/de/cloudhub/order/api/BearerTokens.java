package de.cloudhub.order.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the client's bearer token comes from: a fixed one ({@code CLOUDHUB_TOKEN}, {@code --token-file}, the demo
 * tokens) or a signed-in session that renews it. The client asks for {@link #current()} before every request;
 * after a 401 it calls {@link #renewAfterRejection(String)} with the token it sent and repeats the call once with
 * what that returns. Implementations must be thread-safe and may block (the client runs off the UI thread).
 * This interface keeps the API package free of the sign-in code: the app adapts its session with {@link #of}.
 */
public interface BearerTokens {
    /** Sends no {@code Authorization} header. */
    BearerTokens NONE = new Fixed(null);

    /**
     * The token to send now; empty sends none.
     *
     * @throws Unavailable when a token is due but cannot be had now (the sign-in server did not answer); the
     *                     call then fails as one that got no answer, and is tried again like one
     */
    Optional<String> current();

    /**
     * The server refused {@code rejected}: a renewed token to repeat the call with, or empty when there is none
     * (then the 401 stands: signed out). Must renew only when {@code rejected} is still the current token, so
     * that parallel 401s cost one renewal.
     *
     * @throws Unavailable when renewing got no usable answer: not signed out, the call failed for want of an answer
     */
    Optional<String> renewAfterRejection(String rejected);

    /** True when this never sends a token (then HttpClient's header log cannot leak one). */
    default boolean sendsNone() {
        return this == NONE;
    }

    /** The same token always, never renewed; null or blank gives {@link #NONE}. */
    static BearerTokens fixed(String token) {
        return token == null || token.isBlank() ? NONE : new Fixed(token);
    }

    /** Adapts a session: {@code current} and {@code renew} as described above, e.g. method references. */
    static BearerTokens of(Supplier<Optional<String>> current, Function<String, Optional<String>> renew) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(renew, "renew");
        return new BearerTokens() {
            @Override
            public Optional<String> current() {
                return current.get();
            }

            @Override
            public Optional<String> renewAfterRejection(String rejected) {
                return renew.apply(rejected);
            }

            @Override
            public String toString() {
                return "BearerTokens[renewing]";
            }
        };
    }

    /**
     * No token can be had now, though nobody is signed out: the sign-in server that renews it did not answer. The
     * client treats the call as one without an answer (tried again, then "cannot be reached"), never as a 401.
     */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A token that stays what it is; {@link #toString()} never shows it. */
    final class Fixed implements BearerTokens {
        private final Optional<String> token;

        private Fixed(String token) {
            this.token = Optional.ofNullable(token);
        }

        @Override
        public Optional<String> current() {
            return token;
        }

        @Override
        public Optional<String> renewAfterRejection(String rejected) {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return token.isPresent() ? "BearerTokens[fixed ***]" : "BearerTokens[none]";
        }
    }
}
