package de.cloudhub.order.auth;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token endpoint's three conversations (RFC 6749, 7636, 7009) as the public client
 * {@value #CLIENT_ID}: {@code client_id} in the body, no secret. Nimbus writes and reads every request and
 * answer; what a failure means for the session is decided by its {@link SignInException.Reason}:
 * {@code REFUSED} is the server's {@code invalid_grant} (the grant is gone: signed out), {@code UNREACHABLE}
 * is no answer or a failing server (try again later), {@code BAD_SERVER} any other refusal or nonsense.
 */
public final class TokenClient {
    /** The desktop app's client id: a public client (RFC 8252 §8.4), so it has no secret to keep. */
    public static final String CLIENT_ID = "cloudhub-order-desktop";
    /** Assumed when an answer gives no {@code expires_in}: short, so a 401 or the next call renews soon. */
    static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(TokenClient.class);

    private final MetadataDiscovery discovery;
    private final AuthHttp http;
    private final ClientID clientId = new ClientID(CLIENT_ID);

    public TokenClient(MetadataDiscovery discovery, AuthHttp http) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        this.http = Objects.requireNonNull(http, "http");
    }

    /** Exchanges the browser's code, proving with the verifier that this app asked for it (PKCE). */
    TokenGrant exchange(AuthorizationCode code, CodeVerifier verifier, URI redirectUri) throws SignInException {
        TokenGrant grant = request(new AuthorizationCodeGrant(code, redirectUri, verifier), "code exchange");
        if (grant.refreshToken() == null) {
            throw new SignInException(SignInException.Reason.BAD_SERVER,
                    "The token endpoint of " + discovery.origin() + " gave no refresh token for the code");
        }
        return grant;
    }

    /** New tokens for the refresh token; the answer's refresh token replaces it (rotation, RFC 9700). */
    TokenGrant refresh(String refreshToken) throws SignInException {
        return request(new RefreshTokenGrant(new RefreshToken(refreshToken)), "refresh");
    }

    /** Asks the server to forget the refresh token and what was issued from it (RFC 7009). */
    void revoke(String refreshToken) throws SignInException {
        URI endpoint = discovery.endpoints().revocation();
        if (endpoint == null) {
            LOG.info("{} has no revocation endpoint; the session is only forgotten here", discovery.origin());
            return;
        }
        HTTPResponse response = http.send(
                new TokenRevocationRequest(endpoint, clientId, new RefreshToken(refreshToken)).toHTTPRequest());
        if (response.getStatusCode() >= 500) {
            throw new SignInException(SignInException.Reason.UNREACHABLE,
                    "The revocation endpoint of " + discovery.origin() + " failed (HTTP " + response.getStatusCode() + ")");
        }
        if (response.getStatusCode() != 200) {
            throw new SignInException(SignInException.Reason.BAD_SERVER,
                    "The revocation endpoint of " + discovery.origin() + " answered HTTP " + response.getStatusCode());
        }
    }

    private TokenGrant request(AuthorizationGrant grant, String what) throws SignInException {
        URI endpoint = discovery.endpoints().token();
        HTTPResponse response = http.send(new TokenRequest.Builder(endpoint, clientId, grant).build().toHTTPRequest());
        if (response.getStatusCode() >= 500) {
            throw new SignInException(SignInException.Reason.UNREACHABLE, "The token endpoint of "
                    + discovery.origin() + " failed the " + what + " (HTTP " + response.getStatusCode() + ")");
        }
        TokenResponse answer;
        try {
            answer = TokenResponse.parse(response);
        } catch (ParseException | RuntimeException unreadable) {
            throw new SignInException(SignInException.Reason.BAD_SERVER, "The token endpoint of " + discovery.origin()
                    + " gave an unreadable answer to the " + what + " (HTTP " + response.getStatusCode() + ", "
                    + unreadable.getClass().getSimpleName() + ")", null);
        }
        if (!answer.indicatesSuccess()) {
            ErrorObject error = answer.toErrorResponse().getErrorObject();
            String code = error == null || error.getCode() == null ? "no error code" : error.getCode();
            SignInException.Reason reason = OAuth2Error.INVALID_GRANT.getCode().equals(code)
                    ? SignInException.Reason.REFUSED : SignInException.Reason.BAD_SERVER;
            throw new SignInException(reason, "The token endpoint of " + discovery.origin() + " refused the " + what
                    + " (HTTP " + response.getStatusCode() + ", " + code + ")");
        }
        Tokens tokens = answer.toSuccessResponse().getTokens();
        AccessToken access = tokens.getBearerAccessToken();
        if (access == null) {
            throw new SignInException(SignInException.Reason.BAD_SERVER,
                    "The token endpoint of " + discovery.origin() + " gave no Bearer token for the " + what);
        }
        Duration lifetime = access.getLifetime() > 0 ? Duration.ofSeconds(access.getLifetime()) : UNKNOWN_LIFETIME;
        RefreshToken refresh = tokens.getRefreshToken();
        return new TokenGrant(access.getValue(), lifetime, refresh == null ? null : refresh.getValue());
    }
}
