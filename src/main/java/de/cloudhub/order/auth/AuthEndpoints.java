package de.cloudhub.order.auth;

import java.net.URI;
import java.util.Objects;

/**
 * Where the authorization server's pages and endpoints are, as its metadata says (RFC 8414): the app asks
 * instead of guessing, so the server may move them. {@code revocation} may be null: then signing out only
 * forgets the session here.
 */
public record AuthEndpoints(URI issuer, URI authorization, URI token, URI revocation) {
    public AuthEndpoints {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(token, "token");
    }
}
