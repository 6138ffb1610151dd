package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderLinks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference server of docs/api.md: a real HTTP server on 127.0.0.1 only, with in-memory state (kept in
 * a file of its own between runs when started with one),
 * a timer that moves orders along, the control API of docs/sandbox-control.md, and the OAuth 2.0
 * authorization server the app signs in with (sign-ins and tokens live in memory only).
 */
public final class SandboxServer implements AutoCloseable {
    static final String API_PREFIX = "/api/v1";
    static final String CONTROL_PATH = API_PREFIX + "/sandbox/control";
    static final int OVERSIZED_BODY_BYTES = 2 * 1024 * 1024;
    static final String HOSTILE_ORIGIN = "https://evil.example";
    private static final int HTTP_THREADS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final ScheduledExecutorService timer;
    private final ObjectMapper mapper = ModelJson.newMapper();
    private final Directory directory = new Directory();
    private final SandboxSettings settings = new SandboxSettings();
    private final RateLimiter rateLimiter = new RateLimiter(settings::requestsPerSecond, System::nanoTime);
    private final SandboxApi api;
    private final ControlApi control;
    private final PortalPages portal;
    private final Grants grants = new Grants(settings, Clock.systemUTC());
    private final AuthorizationServer oauth;

    private SandboxServer(HttpServer server, ExecutorService httpThreads, ScheduledExecutorService timer,
                          Path stateFile) {
        this.server = server;
        this.httpThreads = httpThreads;
        this.timer = timer;
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        SandboxCatalog catalog = new SandboxCatalog();
        OrderBook book = new OrderBook(timer, settings, Clock.systemUTC(), origin,
                stateFile == null ? null : new SandboxStateFile(stateFile, mapper));
        this.api = new SandboxApi(mapper, catalog, directory, settings, book, new ProblemMessages(), origin);
        this.control = new ControlApi(mapper, settings, catalog, directory, book, rateLimiter, grants);
        this.portal = new PortalPages(book, settings);
        this.oauth = new AuthorizationServer(origin, directory, grants);
    }

    /** Starts on {@code port} (0 = a free one), bound to 127.0.0.1 only, with its state in memory only. */
    public static SandboxServer start(int port) {
        return start(port, null);
    }

    /**
     * Starts on {@code port} (0 = a free one), bound to 127.0.0.1 only, keeping its orders and their
     * Idempotency-Keys in {@code stateFile} (its own file; null: memory only) and taking those of an
     * earlier run from it.
     */
    public static SandboxServer start(int port, Path stateFile) {
        ExecutorService httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, daemonThreads("sandbox-http"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("sandbox-timer"));
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(loopback(), port), 64);
            SandboxServer sandbox = new SandboxServer(http, httpThreads, timer, stateFile);
            http.createContext("/", sandbox::dispatch);
            http.setExecutor(httpThreads);
            http.start();
            LOG.info("Sandbox API listening on {}", sandbox.baseUri());
            return sandbox;
        } catch (IOException e) {
            httpThreads.shutdownNow();
            timer.shutdownNow();
            throw new UncheckedIOException("Cannot start the sandbox on 127.0.0.1:" + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api/v1} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + API_PREFIX);
    }

    /** {@code http://127.0.0.1:<port>/api/v1/sandbox/control}, see docs/sandbox-control.md. */
    public URI controlUri() {
        return URI.create("http://127.0.0.1:" + port() + CONTROL_PATH);
    }

    /** {@code http://127.0.0.1:<port>}: the API's origin, also the issuer of the sign-in tokens. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** {@code http://127.0.0.1:<port>/.well-known/oauth-authorization-server} (RFC 8414), see docs/api.md. */
    public URI authorizationServerMetadataUri() {
        return URI.create(origin() + AuthorizationServer.METADATA_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address the server listens on: always 127.0.0.1. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        httpThreads.shutdownNow();
        timer.shutdownNow();
        LOG.info("Sandbox on port {} stopped", port());
    }

    private void dispatch(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        try {
            if (path.startsWith("/portal/")) {
                send(exchange, portal.handle(path, new Call(exchange, path)));
            } else if (AuthorizationServer.serves(path)) {
                send(exchange, guarded(() -> oauth.handle(exchange, path)));
            } else if (path.equals(CONTROL_PATH)) {
                send(exchange, guarded(() -> control.handle(new Call(exchange, path))));
            } else if (path.startsWith(API_PREFIX + "/")) {
                serveApi(exchange, path.substring(API_PREFIX.length()));
            } else {
                send(exchange, Response.problem(HttpProblem.notFound("There is no resource at " + path + ".")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Sandbox request {} {} failed", exchange.getRequestMethod(), path, e);
        } finally {
            exchange.close();
        }
    }

    private void serveApi(HttpExchange exchange, String path) throws IOException {
        Call call = new Call(exchange, path);
        String method = call.method();
        String token = call.bearerToken();
        OptionalLong wait = rateLimiter.acquire(token != null ? "token:" + token : "address:" + call.remoteAddress());
        if (wait.isPresent()) {
            send(exchange, Response.problem(rateLimited(wait.getAsLong(), "Too many requests; slow down.")));
            return;
        }
        Optional<Fault> fault = settings.takeFault(method, path);
        FaultKind kind = fault.map(Fault::kind).orElse(null);
        if (kind != null) {
            LOG.info("Sandbox fault {} on {} {}", kind.wireName(), method, path);
            call.fault(fault.get());
        }
        if (kind == FaultKind.HTTP_500) {
            send(exchange, Response.problem(new HttpProblem(500, "server-error", "Internal server error",
                    "The sandbox was told to fail this request.")));
            return;
        }
        if (kind == FaultKind.HTTP_503) {
            send(exchange, Response.problem(new HttpProblem(503, "service-unavailable", "Service unavailable",
                    "The sandbox was told to be unavailable for this request.").header("Retry-After", "1")));
            return;
        }
        if (kind == FaultKind.HTTP_429) {
            send(exchange, Response.problem(rateLimited(fault.get().retryAfterSeconds(),
                    "The sandbox was told to refuse this request as too many.")));
            return;
        }
        if (kind == FaultKind.CLOSE_BEFORE_STORE) {
            dropConnection(exchange);
            return;
        }
        Response response = guarded(() -> {
            Me me = caller(token).orElseThrow(() -> new HttpProblem(401, "unauthorized", "Unauthorized",
                    "A valid bearer token is required.").header("WWW-Authenticate", "Bearer realm=\"cloudhub\""));
            call.me(me);
            if (!SandboxApi.delaysItself(method, path)) {
                call.pauseForFault();
            }
            return api.handle(call);
        });
        LOG.debug("{} {} -> {}", method, path, response.status());
        if (kind == FaultKind.CLOSE_AFTER_STORE) {
            dropConnection(exchange);
            return;
        }
        if (kind == FaultKind.HOSTILE_LINKS) {
            response.entity(withHostileLinks(response.entity()));
        }
        if (kind == FaultKind.MALFORMED_JSON && response.status() != 304) {
            response.raw(malformed(response));
        }
        if (kind == FaultKind.OVERSIZED_BODY && response.status() != 304) {
            sendOversized(exchange, response);
            return;
        }
        send(exchange, response);
    }

    /** A demo token's user, or the user signed in with this access token while it lives. */
    private Optional<Me> caller(String token) {
        return directory.user(token).or(() -> grants.userOf(token).flatMap(directory::signInUser));
    }

    private static HttpProblem rateLimited(long retryAfterSeconds, String detail) {
        return new HttpProblem(429, "rate-limited", "Too many requests", detail)
                .header("Retry-After", Long.toString(retryAfterSeconds));
    }

    private static Response guarded(java.util.function.Supplier<Response> handler) {
        try {
            return handler.get();
        } catch (HttpProblem problem) {
            return Response.problem(problem);
        } catch (RuntimeException e) {
            LOG.error("Sandbox handler failed", e);
            return Response.problem(new HttpProblem(500, "server-error", "Internal server error",
                    "The sandbox failed to handle the request."));
        }
    }

    /** Closes the connection without a status line: the client sees no response at all. */
    private static void dropConnection(HttpExchange exchange) {
        LOG.info("Sandbox drops the connection of {} {}", exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath());
        exchange.close();
    }

    private Object withHostileLinks(Object entity) {
        if (entity instanceof Order order) {
            return hostile(order);
        }
        if (entity instanceof List<?> list) {
            return list.stream().map(o -> o instanceof Order order ? hostile(order) : o).toList();
        }
        return entity;
    }

    private static Order hostile(Order o) {
        return new Order(o.id(), o.customerId(), o.status(), o.createdAt(), o.updatedAt(), o.history(), o.request(),
                o.monthlyNet(), o.failure(), o.connection(),
                new OrderLinks(HOSTILE_ORIGIN + "/portal/orders/" + o.id(), HOSTILE_ORIGIN + "/support?order=" + o.id()),
                o.monthlyVat(), o.reverseCharge());
    }

    private byte[] malformed(Response response) throws IOException {
        byte[] real = response.raw() != null ? response.raw() : mapper.writeValueAsBytes(response.entity());
        byte[] cut = Arrays.copyOf(real, Math.max(1, real.length / 2));
        byte[] tail = "\",]}garbage".getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(cut, cut.length + tail.length);
        System.arraycopy(tail, 0, out, cut.length, tail.length);
        return out;
    }

    /** A well-formed JSON object of more than 2 MiB, streamed without a Content-Length. */
    private static void sendOversized(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", Response.JSON);
        exchange.sendResponseHeaders(response.status(), 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("{\"padding\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            for (int written = 0; written < OVERSIZED_BODY_BYTES; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.debug("Client stopped reading the oversized body: {}", e.getMessage());
        }
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        byte[] body = response.raw() != null ? response.raw()
                : response.entity() != null ? mapper.writeValueAsBytes(response.entity()) : null;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        if (body == null || response.status() == 304) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a four-byte address is always valid", e);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
