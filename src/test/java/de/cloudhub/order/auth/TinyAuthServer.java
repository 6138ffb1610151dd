package de.cloudhub.order.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OAuth authorization server on loopback for the client's unit tests: RFC 8414 metadata, an authorize
 * endpoint that approves at once (302 to the redirect URI), a token endpoint with PKCE S256, single-use codes,
 * rotated refresh tokens whose reuse revokes the whole family, and RFC 7009 revocation. Requests are handled in
 * parallel, so a client that refreshed twice at once would be seen doing so.
 */
final class TinyAuthServer implements AutoCloseable {
    private record Code(String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    /** refresh token -> its family; a used token stays here with the family so a reuse is recognised. */
    private final Map<String, String> refreshFamilies = new ConcurrentHashMap<>();
    private final Set<String> usedRefresh = ConcurrentHashMap.newKeySet();
    private final Set<String> revokedFamilies = ConcurrentHashMap.newKeySet();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger revocations = new AtomicInteger();
    volatile int accessLifetimeSeconds = 300;
    volatile String issuerOverride;
    volatile String challengeMethods = "[\"S256\"]";
    /** When set, each refresh waits for it (a test holds the first refresh while others pile up). */
    volatile CountDownLatch refreshGate;
    /** When set, a code exchange waits for it (after counting itself in {@link #exchanges}). */
    volatile CountDownLatch codeGate;
    final java.util.concurrent.atomic.AtomicInteger exchanges = new java.util.concurrent.atomic.AtomicInteger();
    /** When not 0, every refresh is answered with this status and no tokens (a 5xx: the server is in trouble). */
    volatile int refreshFailure;

    TinyAuthServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/.well-known/oauth-authorization-server", this::metadata);
        server.createContext("/oauth/authorize", this::authorize);
        server.createContext("/oauth/token", this::token);
        server.createContext("/oauth/revoke", this::revoke);
        server.setExecutor(pool);
        server.start();
    }

    URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI apiBaseUrl() {
        return URI.create(origin() + "/api/v1");
    }

    /** Ends every session at once, as an administrator revoking the person's sessions would. */
    void revokeAll() {
        revokedFamilies.addAll(refreshFamilies.values());
    }

    /** Whether the refresh token would still be accepted. */
    boolean accepts(String refreshToken) {
        String family = refreshFamilies.get(refreshToken);
        return family != null && !usedRefresh.contains(refreshToken) && !revokedFamilies.contains(family);
    }

    private void metadata(HttpExchange exchange) throws IOException {
        String o = origin().toString();
        String issuer = issuerOverride != null ? issuerOverride : o;
        json(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + o + "/oauth/authorize\","
                + "\"token_endpoint\":\"" + o + "/oauth/token\",\"revocation_endpoint\":\"" + o + "/oauth/revoke\","
                + "\"response_types_supported\":[\"code\"],\"code_challenge_methods_supported\":" + challengeMethods + "}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        if (!"cloudhub-order-desktop".equals(q.get("client_id")) || !"S256".equals(q.get("code_challenge_method"))
                || q.get("code_challenge") == null || !q.getOrDefault("redirect_uri", "").startsWith("http://127.0.0.1:")) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = "code-" + UUID.randomUUID();
        codes.put(code, new Code(q.get("code_challenge"), q.get("redirect_uri")));
        exchange.getResponseHeaders().set("Location", q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"cloudhub-order-desktop".equals(f.get("client_id"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String grant = f.getOrDefault("grant_type", "");
        if (grant.equals("authorization_code")) {
            exchanges.incrementAndGet();
            CountDownLatch gate = codeGate;
            if (gate != null) {
                await(gate);
            }
            Code code = codes.remove(f.getOrDefault("code", ""));
            if (code == null || !code.redirectUri().equals(f.get("redirect_uri"))
                    || !code.challenge().equals(s256(f.getOrDefault("code_verifier", "")))) {
                json(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            issue(exchange, UUID.randomUUID().toString());
        } else if (grant.equals("refresh_token")) {
            CountDownLatch gate = refreshGate;
            if (gate != null) {
                await(gate);
            }
            refreshes.incrementAndGet();
            int failure = refreshFailure;
            if (failure != 0) {
                json(exchange, failure, "{}");
                return;
            }
            String presented = f.getOrDefault("refresh_token", "");
            String family = refreshFamilies.get(presented);
            if (family == null || revokedFamilies.contains(family)) {
                json(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            if (!usedRefresh.add(presented)) {
                revokedFamilies.add(family);
                json(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"reused\"}");
                return;
            }
            issue(exchange, family);
        } else {
            json(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private void revoke(HttpExchange exchange) throws IOException {
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        revocations.incrementAndGet();
        String family = refreshFamilies.get(f.getOrDefault("token", ""));
        if (family != null && "cloudhub-order-desktop".equals(f.get("client_id"))) {
            revokedFamilies.add(family);
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    private void issue(HttpExchange exchange, String family) throws IOException {
        String refresh = "rt-" + UUID.randomUUID();
        refreshFamilies.put(refresh, family);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        json(exchange, 200, "{\"access_token\":\"at-" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + accessLifetimeSeconds + ",\"refresh_token\":\"" + refresh + "\"}");
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
