package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.testing.TestBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's sign-in endpoints spoken to by hand (plain java.net.http, redirects never followed), the way
 * the desktop app's OAuth client would: one PKCE verifier and {@code state} per instance.
 */
final class SignInCalls {
    static final String CLIENT_ID = "cloudhub-order-desktop";
    /** Nothing listens here: tests read the redirect without following it. */
    static final String REDIRECT = "http://127.0.0.1:49151/callback";

    final String verifier = randomText(48);
    final String challenge = s256(verifier);
    final String state = "st " + randomText(8) + " <&\"'>";
    private final ObjectMapper mapper = ModelJson.newMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final TestBrowser browser = new TestBrowser();
    private final String origin;

    SignInCalls(String origin) {
        this.origin = origin;
    }

    /** The tokens of one token answer. */
    record Tokens(String access, String refresh, JsonNode body) {
    }

    /** The authorization link the app would open, with these parameters replaced (a null value leaves one out). */
    URI authorizeUri(String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", CLIENT_ID);
        params.put("redirect_uri", REDIRECT);
        params.put("state", state);
        params.put("code_challenge", challenge);
        params.put("code_challenge_method", "S256");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        return URI.create(origin + "/oauth/authorize?" + form(params));
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build());
    }

    /** POSTs form fields (name, value, name, value …) to a path of the origin. */
    HttpResponse<String> postForm(String path, String... fields) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            params.put(fields[i], fields[i + 1]);
        }
        return send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build());
    }

    HttpResponse<String> postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The sign-in page, filled in with {@code user}: the redirect back to the app, not followed. */
    URI authorizeAs(String user) {
        return browser.signIn(authorizeUri(), user);
    }

    /** A fresh code for {@code user}, from the redirect's query. */
    String codeFor(String user) {
        return queryOf(authorizeAs(user)).get("code");
    }

    HttpResponse<String> exchange(String code) {
        return exchange(code, verifier);
    }

    HttpResponse<String> exchange(String code, String codeVerifier) {
        return postForm("/oauth/token", "grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", codeVerifier, "client_id", CLIENT_ID);
    }

    HttpResponse<String> refresh(String refreshToken) {
        return postForm("/oauth/token", "grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", CLIENT_ID);
    }

    HttpResponse<String> revoke(String token) {
        return postForm("/oauth/revoke", "token", token, "client_id", CLIENT_ID);
    }

    /** Signs {@code user} in all the way: page, code, token exchange. */
    Tokens signIn(String user) {
        return tokens(exchange(codeFor(user)));
    }

    Tokens tokens(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new AssertionError("token request answered " + answer.statusCode() + " " + answer.body());
        }
        JsonNode body = json(answer);
        return new Tokens(body.path("access_token").asText(), body.path("refresh_token").asText(), body);
    }

    /** {@code GET /api/v1/me} with this bearer token. */
    HttpResponse<String> me(String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/me")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + accessToken).GET().build());
    }

    JsonNode json(HttpResponse<String> answer) {
        try {
            return mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> queryOf(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String form(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null) {
                text.append(text.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
