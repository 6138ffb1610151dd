package de.cloudhub.order.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback HTTP proxy in front of a sandbox that writes down every sign-in secret crossing the wire, so that a
 * test can look for them where they must never be: the app is given the wiretap's origin as its API
 * ({@link #baseUri()}), and the wiretap forwards every request to the sandbox. It records the {@code code},
 * {@code code_verifier}, {@code refresh_token} and {@code token} fields of form bodies (token and revocation
 * requests), the {@code access_token} and {@code refresh_token} of JSON answers, and every Bearer value of an
 * {@code Authorization} header. The sandbox's origin in an answer (its sign-in metadata, links) is replaced by
 * the wiretap's, so that the app's token requests come back through it. Nothing is logged, least of all a value.
 */
public final class SecretsWiretap implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SecretsWiretap.class);
    private static final Set<String> FORM_SECRETS = Set.of("code", "code_verifier", "refresh_token", "token");
    /** Headers java.net.http sets itself (or refuses), and hop-by-hop ones. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive", "date");

    private final HttpServer server;
    private final ExecutorService threads;
    private final String target;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    /** Every {@code code} the app redeemed. */
    public final List<String> codes = new CopyOnWriteArrayList<>();
    /** Every {@code code_verifier} the app proved a code with. */
    public final List<String> verifiers = new CopyOnWriteArrayList<>();
    /** Every access token the token endpoint issued. */
    public final List<String> accessTokens = new CopyOnWriteArrayList<>();
    /** Every refresh token the token endpoint issued, in order (the last one is the live one). */
    public final List<String> refreshTokens = new CopyOnWriteArrayList<>();
    /** Every other secret of a form body: refresh tokens presented, tokens revoked. */
    public final List<String> presented = new CopyOnWriteArrayList<>();
    /** Every Bearer value the app sent in an Authorization header. */
    public final List<String> bearers = new CopyOnWriteArrayList<>();

    private SecretsWiretap(HttpServer server, ExecutorService threads, URI sandboxOrigin) {
        this.server = server;
        this.threads = threads;
        this.target = sandboxOrigin.toString();
    }

    /** Starts on a free loopback port, forwarding to {@code sandboxOrigin} (e.g. {@code http://127.0.0.1:4711}). */
    public static SecretsWiretap inFrontOf(URI sandboxOrigin) {
        Objects.requireNonNull(sandboxOrigin, "sandboxOrigin");
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "wiretap");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
            SecretsWiretap wiretap = new SecretsWiretap(server, threads, sandboxOrigin);
            server.createContext("/", wiretap::forward);
            server.setExecutor(threads);
            server.start();
            return wiretap;
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("cannot start the wiretap", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the origin the app is to use. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code http://127.0.0.1:<port>/api/v1}: the app's {@code --api-url}. */
    public URI baseUri() {
        return URI.create(origin() + "/api/v1");
    }

    /** Every secret seen so far, each once. */
    public List<String> all() {
        return Stream.of(codes, verifiers, accessTokens, refreshTokens, presented, bearers)
                .flatMap(List::stream).distinct().toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void forward(HttpExchange exchange) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            recordRequest(exchange, body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    header.getValue().forEach(value -> request.header(header.getKey(), value));
                }
            }
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] answerBody = answer.body();
            String contentType = answer.headers().firstValue("Content-Type").orElse("");
            recordAnswer(contentType, answerBody);
            if (contentType.contains("json") || contentType.startsWith("text/")) {
                answerBody = new String(answerBody, StandardCharsets.UTF_8).replace(target, origin().toString())
                        .getBytes(StandardCharsets.UTF_8);
            }
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v.replace(target, origin().toString())));
                }
            });
            boolean noBody = answerBody.length == 0 || answer.statusCode() == 304 || answer.statusCode() == 204
                    || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : answerBody.length);
            if (!noBody) {
                exchange.getResponseBody().write(answerBody);
            }
        } catch (IOException e) {
            LOG.warn("The wiretap could not forward {} {} ({})", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recordRequest(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            addOnce(bearers, authorization.substring(7).strip());
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return;
        }
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!FORM_SECRETS.contains(name) || value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "code" -> addOnce(codes, value);
                case "code_verifier" -> addOnce(verifiers, value);
                default -> addOnce(presented, value);
            }
        }
    }

    private void recordAnswer(String contentType, byte[] body) throws IOException {
        if (!contentType.contains("json") || body.length == 0) {
            return;
        }
        JsonNode json;
        try (InputStream in = new ByteArrayInputStream(body)) {
            json = mapper.readTree(in);
        } catch (IOException notJson) {
            return;
        }
        if (json != null && json.hasNonNull("access_token")) {
            addOnce(accessTokens, json.get("access_token").asText());
        }
        if (json != null && json.hasNonNull("refresh_token")) {
            addOnce(refreshTokens, json.get("refresh_token").asText());
        }
    }

    private static void addOnce(List<String> list, String value) {
        synchronized (list) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }

    @Override
    public String toString() {
        return "SecretsWiretap[" + origin() + " -> " + target + "]";
    }
}
