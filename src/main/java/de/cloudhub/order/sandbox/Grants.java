package de.cloudhub.order.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What sign-in hands out: authorization codes, access tokens and refresh tokens. The tokens of one sign-in
 * form a family: every refresh rotates the refresh token within it, and a code or refresh token presented a
 * second time revokes the whole family (RFC 6749 §4.1.2, RFC 9700 §4.14.2). Every method holds the lock, so
 * of two requests presenting the same code or refresh token only one can win. Nothing here logs or shows a
 * code or token: {@link Issued#toString()} hides them.
 */
final class Grants {
    private static final int TOKEN_BYTES = 32;

    private final SandboxSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Access> accessTokens = new HashMap<>();
    private final Map<String, Refresh> refreshTokens = new HashMap<>();

    Grants(SandboxSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What one authorization request asked for, checked again when its code is redeemed. */
    record Authorization(String clientId, String redirectUri, String codeChallenge, String scope, String user) {
    }

    /** The tokens of a successful token request. */
    record Issued(String accessToken, Duration accessLifetime, String refreshToken, String scope) {
        @Override
        public String toString() {
            return "Issued[access token for " + accessLifetime + ", refresh token, scope=" + scope + "]";
        }
    }

    /** A new single-use code for {@code authorization}, valid for the code lifetime. */
    synchronized String issueCode(Authorization authorization) {
        sweep();
        String code = newSecret();
        codes.put(code, new Code(authorization, now().plus(settings.codeLifetime())));
        return code;
    }

    /**
     * Redeems a code (RFC 6749 §4.1.3 with RFC 7636 §4.6). Any presentation uses the code up, so a code
     * tried with a wrong verifier cannot be tried again; a code presented after it was redeemed revokes the
     * tokens issued for it.
     *
     * @throws OAuthProblem {@code invalid_grant} for an unknown, used, expired or mismatching code
     */
    synchronized Issued redeem(String code, String clientId, String redirectUri, String verifier) {
        Code found = codes.get(code);
        if (found == null) {
            throw OAuthProblem.invalidGrant("The authorization code is unknown or has expired.");
        }
        if (found.used) {
            if (found.family != null) {
                revoke(found.family);
            }
            throw OAuthProblem.invalidGrant(
                    "The authorization code was used before; the tokens issued for it are revoked.");
        }
        found.used = true;
        Authorization asked = found.authorization;
        if (!now().isBefore(found.expires)) {
            throw OAuthProblem.invalidGrant("The authorization code has expired.");
        }
        if (!asked.clientId().equals(clientId)) {
            throw OAuthProblem.invalidGrant("The authorization code was issued to another client.");
        }
        if (!asked.redirectUri().equals(redirectUri)) {
            throw OAuthProblem.invalidGrant("redirect_uri is not the one of the authorization request.");
        }
        if (!Pkce.verifies(verifier, asked.codeChallenge())) {
            throw OAuthProblem.invalidGrant("The code_verifier does not match the code_challenge.");
        }
        found.family = new Family(asked.user(), asked.clientId(), asked.scope());
        return issue(found.family);
    }

    /**
     * Rotates a refresh token (RFC 6749 §6): the old one is used up, the answer holds a new access and refresh
     * token of the same family. A used refresh token presented again revokes its family.
     *
     * @throws OAuthProblem {@code invalid_grant} for an unknown, used, revoked, expired or foreign token
     */
    synchronized Issued refresh(String refreshToken, String clientId) {
        Refresh found = refreshTokens.get(refreshToken);
        if (found == null) {
            throw OAuthProblem.invalidGrant("The refresh token is unknown, expired or revoked.");
        }
        if (found.used) {
            revoke(found.family);
            throw OAuthProblem.invalidGrant(
                    "The refresh token was used before; every token of its sign-in is revoked.");
        }
        if (!now().isBefore(found.expires)) {
            refreshTokens.remove(refreshToken);
            throw OAuthProblem.invalidGrant("The refresh token has expired.");
        }
        if (!found.family.clientId.equals(clientId)) {
            throw OAuthProblem.invalidGrant("The refresh token was issued to another client.");
        }
        found.used = true;
        return issue(found.family);
    }

    /** The sign-in user (a form value of the sign-in page) of a live access token. */
    synchronized Optional<String> userOf(String accessToken) {
        if (accessToken == null) {
            return Optional.empty();
        }
        Access found = accessTokens.get(accessToken);
        if (found == null) {
            return Optional.empty();
        }
        if (!now().isBefore(found.expires)) {
            accessTokens.remove(accessToken);
            return Optional.empty();
        }
        return Optional.of(found.family.user);
    }

    /**
     * Revocation (RFC 7009 §2.1): an access token alone, a refresh token with its whole family (every access
     * and refresh token of that sign-in). An unknown token is no error.
     */
    synchronized void revoke(String token) {
        if (accessTokens.remove(token) != null) {
            return;
        }
        Refresh refresh = refreshTokens.get(token);
        if (refresh != null) {
            revoke(refresh.family);
        }
    }

    /** Every code and token of this sign-in user ends now, as when the person's session is revoked elsewhere. */
    synchronized void revokeUser(String user) {
        codes.values().removeIf(c -> c.authorization.user().equals(user));
        accessTokens.values().removeIf(a -> a.family.user.equals(user));
        refreshTokens.values().removeIf(r -> r.family.user.equals(user));
    }

    /** Every access token issued so far ends now; refresh tokens stay valid, so a client can refresh. */
    synchronized void expireAccessTokens() {
        accessTokens.clear();
    }

    synchronized void reset() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
    }

    /** How many codes and tokens are live (neither used nor expired): for tests, never the values. */
    synchronized Map<String, Object> describe() {
        Instant now = now();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("codes", codes.values().stream().filter(c -> !c.used && now.isBefore(c.expires)).count());
        d.put("accessTokens", accessTokens.values().stream().filter(a -> now.isBefore(a.expires)).count());
        d.put("refreshTokens", refreshTokens.values().stream().filter(r -> !r.used && now.isBefore(r.expires))
                .count());
        return d;
    }

    private Issued issue(Family family) {
        sweep();
        Instant now = now();
        Duration accessLifetime = settings.accessTokenLifetime();
        String access = newSecret();
        String refresh = newSecret();
        accessTokens.put(access, new Access(family, now.plus(accessLifetime)));
        refreshTokens.put(refresh, new Refresh(family, now.plus(settings.refreshTokenLifetime())));
        return new Issued(access, accessLifetime, refresh, family.scope);
    }

    private void revoke(Family family) {
        accessTokens.values().removeIf(a -> a.family == family);
        refreshTokens.values().removeIf(r -> r.family == family);
    }

    /**
     * Forgets what has expired, so a long-running sandbox does not grow. A used code or refresh token stays
     * until it expires, so that presenting it again is recognised as reuse until then.
     */
    private void sweep() {
        Instant now = now();
        codes.values().removeIf(c -> !now.isBefore(c.expires));
        accessTokens.values().removeIf(a -> !now.isBefore(a.expires));
        refreshTokens.values().removeIf(r -> !now.isBefore(r.expires));
    }

    private Instant now() {
        return clock.instant();
    }

    /** 256 bits from SecureRandom, base64url without padding (43 characters). */
    private String newSecret() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** One sign-in: the user chosen on the page, the client, the scope asked for. */
    private static final class Family {
        final String user;
        final String clientId;
        final String scope;

        Family(String user, String clientId, String scope) {
            this.user = user;
            this.clientId = clientId;
            this.scope = scope;
        }
    }

    private static final class Code {
        final Authorization authorization;
        final Instant expires;
        boolean used;
        /** The tokens this code was redeemed for, once it was. */
        Family family;

        Code(Authorization authorization, Instant expires) {
            this.authorization = authorization;
            this.expires = expires;
        }
    }

    private record Access(Family family, Instant expires) {
    }

    private static final class Refresh {
        final Family family;
        final Instant expires;
        boolean used;

        Refresh(Family family, Instant expires) {
            this.family = family;
            this.expires = expires;
        }
    }
}
