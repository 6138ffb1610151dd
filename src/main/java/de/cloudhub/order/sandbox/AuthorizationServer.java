package de.cloudhub.order.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox as OAuth 2.0 authorization server for the desktop app (docs/api.md, "Sign-in"): its metadata
 * (RFC 8414), the authorization endpoint with the sign-in page, the token endpoint (authorization code with
 * PKCE S256, RFC 7636; refresh tokens rotated on every use, RFC 9700) and revocation (RFC 7009). There is one
 * public client, {@value #CLIENT_ID}, with loopback redirect URIs only (RFC 8252). Codes and tokens are never
 * logged; the log says which request got which answer.
 */
final class AuthorizationServer {
    static final String METADATA_PATH = "/.well-known/oauth-authorization-server";
    static final String AUTHORIZE_PATH = "/oauth/authorize";
    static final String TOKEN_PATH = "/oauth/token";
    static final String REVOKE_PATH = "/oauth/revoke";
    static final String CLIENT_ID = "cloudhub-order-desktop";
    static final String APP_NAME = "Cloudhub Order (Desktop-App / desktop app)";

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationServer.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Set<String> PATHS = Set.of(METADATA_PATH, AUTHORIZE_PATH, TOKEN_PATH, REVOKE_PATH);
    /** The request parameters of the authorization endpoint, in the order the page carries them. */
    private static final List<String> REQUEST_PARAMETERS = List.of("response_type", "client_id", "redirect_uri",
            "state", "code_challenge", "code_challenge_method", "scope");

    private final String origin;
    private final Directory directory;
    private final Grants grants;

    AuthorizationServer(String origin, Directory directory, Grants grants) {
        this.origin = Objects.requireNonNull(origin);
        this.directory = Objects.requireNonNull(directory);
        this.grants = Objects.requireNonNull(grants);
    }

    static boolean serves(String path) {
        return PATHS.contains(path);
    }

    Response handle(HttpExchange exchange, String path) {
        Call call;
        try {
            call = new Call(exchange, path);
        } catch (IllegalArgumentException malformedQuery) {
            return path.equals(AUTHORIZE_PATH) ? SignInPage.refused("The request cannot be read.")
                    : OAuthProblem.invalidRequest("The query cannot be read.").response();
        }
        Response response = switch (path) {
            case METADATA_PATH -> metadata(call);
            case AUTHORIZE_PATH -> authorize(call);
            case TOKEN_PATH -> endpoint(call, this::token);
            default -> endpoint(call, this::revoke);
        };
        LOG.debug("{} {} -> {}", call.method(), path, response.status());
        return response;
    }

    private Response metadata(Call call) {
        if (!"GET".equals(call.method())) {
            return new OAuthProblem(405, "invalid_request", "Only GET is allowed here.").response()
                    .header("Allow", "GET");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", origin);
        m.put("authorization_endpoint", origin + AUTHORIZE_PATH);
        m.put("token_endpoint", origin + TOKEN_PATH);
        m.put("revocation_endpoint", origin + REVOKE_PATH);
        m.put("response_types_supported", List.of("code"));
        m.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        m.put("code_challenge_methods_supported", List.of(Pkce.S256));
        m.put("token_endpoint_auth_methods_supported", List.of("none"));
        m.put("revocation_endpoint_auth_methods_supported", List.of("none"));
        m.put("authorization_response_iss_parameter_supported", true);
        return Response.json(200, m);
    }

    // --- authorization endpoint (RFC 6749 §4.1.1, §4.1.2) ---

    private Response authorize(Call call) {
        boolean post = "POST".equals(call.method());
        if (!post && !"GET".equals(call.method())) {
            return SignInPage.refused(405, "Only GET and POST are allowed here.").header("Allow", "GET, POST");
        }
        Params params;
        try {
            params = post ? Params.form(call) : new Params(call.queryParameters());
        } catch (OAuthProblem unreadable) {
            return SignInPage.refused("The request cannot be read.");
        }
        // Without a known client and a loopback redirect URI nothing may go back to the app: answer here.
        if (params.repeated("client_id") || params.repeated("redirect_uri")) {
            return SignInPage.refused("client_id and redirect_uri must be given once.");
        }
        String clientId = params.get("client_id");
        if (clientId == null) {
            return SignInPage.refused("The request does not say which app asks (client_id is missing).");
        }
        if (!CLIENT_ID.equals(clientId)) {
            return SignInPage.refused("The app \"" + clientId + "\" is not known to Cloudhub.");
        }
        String redirectUri = params.get("redirect_uri");
        Optional<URI> target = LoopbackRedirect.parse(redirectUri);
        if (target.isEmpty()) {
            return SignInPage.refused("The app's return address is not allowed: redirect_uri must be "
                    + "http://127.0.0.1:<port>/<path> or http://[::1]:<port>/<path>.");
        }
        String state = params.get("state");
        Optional<String> refusal = refusal(params);
        if (refusal.isPresent()) {
            String error = params.get("response_type") != null && !"code".equals(params.get("response_type"))
                    ? "unsupported_response_type" : "invalid_request";
            LOG.info("Authorization request refused with {}: {}", error, refusal.get());
            return redirectError(redirectUri, error, refusal.get(), state);
        }
        if (!post) {
            return signInPage(params, target.get());
        }
        String decision = params.get("decision");
        if ("deny".equals(decision)) {
            LOG.info("Sign-in declined on the sign-in page");
            return redirectError(redirectUri, "access_denied", "The person declined to sign in.", state);
        }
        String user = params.get("user");
        if ((decision != null && !"allow".equals(decision)) || directory.signInUser(user).isEmpty()) {
            return redirectError(redirectUri, "invalid_request", "The sign-in form was not filled in as offered.",
                    state);
        }
        String code = grants.issueCode(new Grants.Authorization(clientId, redirectUri, params.get("code_challenge"),
                params.get("scope"), user));
        LOG.info("Sign-in of {} granted a code", user);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", state);
        answer.put("iss", origin);
        return redirect(redirectUri, answer);
    }

    /** Why a request with a valid client and redirect URI cannot get a code; empty when it can. */
    private static Optional<String> refusal(Params params) {
        for (String name : params.names()) {
            if (params.repeated(name)) {
                return Optional.of(name + " is given more than once.");
            }
        }
        String responseType = params.get("response_type");
        if (responseType == null) {
            return Optional.of("response_type is missing.");
        }
        if (!"code".equals(responseType)) {
            return Optional.of("Only response_type=code is supported.");
        }
        String challenge = params.get("code_challenge");
        if (challenge == null) {
            return Optional.of("PKCE is required: code_challenge is missing.");
        }
        if (!Pkce.S256.equals(params.get("code_challenge_method"))) {
            return Optional.of("PKCE is required with code_challenge_method=S256.");
        }
        if (!Pkce.isS256Challenge(challenge)) {
            return Optional.of("code_challenge is not an S256 challenge (43 characters of base64url).");
        }
        return Optional.empty();
    }

    private Response signInPage(Params params, URI target) {
        Map<String, String> hidden = new LinkedHashMap<>();
        for (String name : REQUEST_PARAMETERS) {
            String value = params.get(name);
            if (value != null) {
                hidden.put(name, value);
            }
        }
        return SignInPage.page(origin + AUTHORIZE_PATH, APP_NAME, target.getRawAuthority(),
                directory.signInUsers(), hidden);
    }

    private Response redirectError(String redirectUri, String error, String description, String state) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", error);
        answer.put("error_description", description);
        answer.put("state", state);
        answer.put("iss", origin);
        return redirect(redirectUri, answer);
    }

    /** 303 to the app's redirect URI with {@code parameters} added to its query (null values left out). */
    private static Response redirect(String redirectUri, Map<String, String> parameters) {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        String separator = "";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() != null) {
                location.append(separator).append(p.getKey()).append('=')
                        .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return Response.seeOther(location.toString()).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer");
    }

    // --- token endpoint (RFC 6749 §4.1.3, §6) and revocation (RFC 7009) ---

    private interface FormEndpoint {
        Response answer(Params params, String clientId);
    }

    /** The checks every form endpoint shares: POST, a form body, no repeated parameter, the public client. */
    private static Response endpoint(Call call, FormEndpoint endpoint) {
        try {
            if (!"POST".equals(call.method())) {
                return new OAuthProblem(405, "invalid_request", "Only POST is allowed here.").response()
                        .header("Allow", "POST");
            }
            Params params = Params.form(call);
            for (String name : params.names()) {
                if (params.repeated(name)) {
                    throw OAuthProblem.invalidRequest(name + " is given more than once.");
                }
            }
            if (call.header("Authorization") != null) {
                throw new OAuthProblem(401, "invalid_client", "The client is public and authenticates with "
                        + "client_id alone.").header("WWW-Authenticate", "Basic realm=\"cloudhub\"");
            }
            if (params.get("client_secret") != null) {
                throw OAuthProblem.invalidClient("The client is public and has no secret.");
            }
            String clientId = params.get("client_id");
            if (clientId == null) {
                throw OAuthProblem.invalidClient("client_id is missing.");
            }
            if (!CLIENT_ID.equals(clientId)) {
                throw OAuthProblem.invalidClient("The client is unknown.");
            }
            return endpoint.answer(params, clientId);
        } catch (OAuthProblem problem) {
            LOG.info("{} {} refused with {}", call.method(), call.path(), problem.error());
            return problem.response();
        }
    }

    private Response token(Params params, String clientId) {
        String grantType = params.get("grant_type");
        if (grantType == null) {
            throw OAuthProblem.invalidRequest("grant_type is missing.");
        }
        Grants.Issued issued = switch (grantType) {
            case "authorization_code" -> grants.redeem(required(params, "code"), clientId,
                    required(params, "redirect_uri"), required(params, "code_verifier"));
            case "refresh_token" -> grants.refresh(required(params, "refresh_token"), clientId);
            default -> throw new OAuthProblem(400, "unsupported_grant_type",
                    "Only authorization_code and refresh_token are supported.");
        };
        LOG.info("Token request ({}) answered with new tokens", grantType);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", (issued.accessLifetime().toMillis() + 999) / 1000);
        body.put("refresh_token", issued.refreshToken());
        if (issued.scope() != null) {
            body.put("scope", issued.scope());
        }
        return Response.json(200, body).header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    private Response revoke(Params params, String clientId) {
        grants.revoke(required(params, "token"));
        LOG.info("Revocation request answered");
        return Response.empty(200).header("Cache-Control", "no-store");
    }

    private static String required(Params params, String name) {
        String value = params.get(name);
        if (value == null) {
            throw OAuthProblem.invalidRequest(name + " is missing.");
        }
        return value;
    }

    /** Request parameters; one sent without a value counts as absent (RFC 6749 §3.1). */
    private record Params(Map<String, List<String>> values) {
        static Params form(Call call) {
            String type = call.header("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM)) {
                throw OAuthProblem.invalidRequest("The body must be " + FORM + ".");
            }
            try {
                return new Params(Call.parseRepeatedQuery(new String(call.body(), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException malformed) {
                throw OAuthProblem.invalidRequest("The body cannot be read.");
            }
        }

        Set<String> names() {
            return values.keySet();
        }

        String get(String name) {
            List<String> all = values.get(name);
            return all == null || all.isEmpty() || all.get(0).isEmpty() ? null : all.get(0);
        }

        boolean repeated(String name) {
            return values.getOrDefault(name, List.of()).size() > 1;
        }
    }
}
