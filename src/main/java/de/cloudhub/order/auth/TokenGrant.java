package de.cloudhub.order.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * What the token endpoint gave: an access token for the API, how long it lives, and the refresh token
 * (null when the server sent none, then the old one stays valid). {@link #toString()} shows no token.
 */
record TokenGrant(String accessToken, Duration lifetime, String refreshToken) {
    TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public String toString() {
        return "TokenGrant[accessToken=***, lifetime=" + lifetime + ", refreshToken="
                + (refreshToken == null ? "none" : "***") + "]";
    }
}
