package de.cloudhub.order.auth;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code <API origin>/.well-known/oauth-authorization-server} (RFC 8414) and checks what the app relies
 * on: the issuer is the API's origin (metadata from elsewhere would send the person's sign-in elsewhere), PKCE
 * S256 is offered, and every endpoint is https (or loopback http). The first good answer is kept; a failed one
 * is asked again next time, so a start without network does not spoil the sign-in later.
 */
public final class MetadataDiscovery {
    static final String WELL_KNOWN_PATH = "/.well-known/oauth-authorization-server";
    private static final Logger LOG = LoggerFactory.getLogger(MetadataDiscovery.class);

    private final URI origin;
    private final AuthHttp http;
    private volatile AuthEndpoints known;

    /** {@code apiBaseUrl}: the API's base URL (ending in {@code /api/v1}); only its origin is used. */
    public MetadataDiscovery(URI apiBaseUrl, AuthHttp http) {
        this.origin = Origins.originOf(Objects.requireNonNull(apiBaseUrl, "apiBaseUrl"));
        this.http = Objects.requireNonNull(http, "http");
        if (!Origins.isSafeEndpoint(origin)) {
            throw new IllegalArgumentException("Signing in needs https (plain http only to a loopback host): " + origin);
        }
    }

    /** The API's origin, which is the authorization server's issuer. */
    public URI origin() {
        return origin;
    }

    /** The endpoints, asked for once; blocks for at most the {@link AuthHttp} timeouts. */
    public AuthEndpoints endpoints() throws SignInException {
        AuthEndpoints endpoints = known;
        if (endpoints == null) {
            endpoints = discover();
            known = endpoints;
        }
        return endpoints;
    }

    private AuthEndpoints discover() throws SignInException {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, origin.resolve(WELL_KNOWN_PATH));
        request.setAccept("application/json");
        HTTPResponse response = http.send(request);
        if (response.getStatusCode() >= 500) {
            throw new SignInException(SignInException.Reason.UNREACHABLE, "The server " + origin.getHost()
                    + " failed to give its sign-in metadata (HTTP " + response.getStatusCode() + ")");
        }
        if (response.getStatusCode() != 200) {
            throw badServer("answered HTTP " + response.getStatusCode(), null);
        }
        AuthorizationServerMetadata metadata;
        try {
            metadata = AuthorizationServerMetadata.parse(response.getBodyAsJSONObject());
        } catch (ParseException | RuntimeException unreadable) {
            throw badServer("is not RFC 8414 metadata (" + unreadable.getClass().getSimpleName() + ")", unreadable);
        }
        URI issuer = URI.create(metadata.getIssuer().getValue());
        if (!Origins.sameOrigin(issuer, origin)) {
            throw badServer("names the issuer " + issuer + " instead of " + origin, null);
        }
        if (metadata.getCodeChallengeMethods() == null
                || !metadata.getCodeChallengeMethods().contains(CodeChallengeMethod.S256)) {
            throw badServer("does not offer PKCE with S256", null);
        }
        URI authorization = checkedEndpoint(metadata.getAuthorizationEndpointURI(), "authorization_endpoint");
        URI token = checkedEndpoint(metadata.getTokenEndpointURI(), "token_endpoint");
        URI revocation = metadata.getRevocationEndpointURI() == null ? null
                : checkedEndpoint(metadata.getRevocationEndpointURI(), "revocation_endpoint");
        if (revocation == null) {
            LOG.warn("The server {} names no revocation endpoint: signing out will only forget the session here", origin);
        }
        LOG.info("Sign-in metadata of {}: authorization {}, token {}", origin, authorization.getRawPath(), token.getRawPath());
        return new AuthEndpoints(issuer, authorization, token, revocation);
    }

    private URI checkedEndpoint(URI endpoint, String name) throws SignInException {
        if (endpoint == null) {
            throw badServer("names no " + name, null);
        }
        if (!Origins.isSafeEndpoint(endpoint) || endpoint.getRawFragment() != null) {
            throw badServer("names a " + name + " that is not an absolute https URL", null);
        }
        return endpoint;
    }

    private SignInException badServer(String what, Throwable cause) {
        return new SignInException(SignInException.Reason.BAD_SERVER,
                "The sign-in metadata at " + origin + WELL_KNOWN_PATH + " " + what, cause);
    }
}
