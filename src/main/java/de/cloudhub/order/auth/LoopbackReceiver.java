package de.cloudhub.order.auth;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the browser's answer to one sign-in on {@code http://127.0.0.1:<free port>/callback} (RFC 8252 §7.3),
 * with the JDK's own HTTP server bound to 127.0.0.1 only, so nothing on the network can talk to it.
 * It takes exactly one answer on {@code /callback} and then closes; it also closes after {@code timeout} and on
 * {@link #close()}. Other paths (the browser's favicon) get 404 and do not count as the answer.
 *
 * <p>An answer whose {@code state} is not ours is refused and <em>ends</em> the sign-in
 * ({@link SignInException.Reason#STATE_MISMATCH}): it is either forged (CSRF, RFC 6749 §10.12) or belongs to
 * an older sign-in in another tab; either way the person should start afresh rather than have the receiver
 * wait on for more guesses. Its code is never used.
 */
public final class LoopbackReceiver implements AutoCloseable {
    public static final String PATH = "/callback";
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackReceiver.class);
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final State expected;
    private final CallbackPages pages;
    private final HttpServer server;
    private final URI redirectUri;
    private final CompletableFuture<AuthorizationCode> code = new CompletableFuture<>();
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The timeout's task; set right after the server starts (an answer may come first: then it is null). */
    private volatile ScheduledFuture<?> timeoutTask;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "sign-in-receiver");
        t.setDaemon(true);
        return t;
    });

    /** Opens the receiver at once on a free port; it closes by itself after one answer or {@code timeout}. */
    public static LoopbackReceiver open(State expected, Duration timeout, CallbackPages pages) throws IOException {
        return new LoopbackReceiver(expected, timeout, pages);
    }

    private LoopbackReceiver(State expected, Duration timeout, CallbackPages pages) throws IOException {
        this.expected = Objects.requireNonNull(expected, "expected");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), 0), 0);
        this.redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
        server.createContext("/", this::handle);
        // handlers run on the server's own dispatcher thread: one answer at a time, no pool to end
        server.setExecutor(null);
        server.start();
        timeoutTask = closer.schedule(() -> finish(new SignInException(SignInException.Reason.TIMED_OUT,
                "No answer from the browser within " + timeout.toSeconds() + " s")), timeout.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("Waiting for the browser's answer on {}", redirectUri);
    }

    /** Where the authorization server sends the browser back: {@code http://127.0.0.1:<port>/callback}. */
    public URI redirectUri() {
        return redirectUri;
    }

    /**
     * The code of the one answer; fails with {@link SignInException} (state mismatch, denied, unreadable, timed
     * out) or is cancelled by {@link #close()}. Completes only after the receiver has closed its port.
     */
    public CompletableFuture<AuthorizationCode> code() {
        return code;
    }

    /** Gives up waiting (cancel): the port closes, {@link #code()} is cancelled. Harmless when already closed. */
    @Override
    public void close() {
        finish(null);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI asked = exchange.getRequestURI();
            if (!PATH.equals(asked.getPath())) {
                respond(exchange, 404, "Not found");
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "Method not allowed");
                return;
            }
            if (!answered.compareAndSet(false, true)) {
                respond(exchange, 409, pages.failurePage("already_answered"));
                return;
            }
            Judgement judgement = judge(asked.getRawQuery());
            if (judgement.code() != null) {
                respond(exchange, 200, pages.successPage());
                finishLater(judgement.code());
            } else {
                respond(exchange, 400, pages.failurePage(judgement.detail()));
                finishLater(judgement.failure());
            }
        }
    }

    /** The code of a good answer, or why the answer is refused and the short detail the page shows. */
    private record Judgement(AuthorizationCode code, SignInException failure, String detail) {
        static Judgement refused(SignInException.Reason reason, String message, String detail) {
            return new Judgement(null, new SignInException(reason, message), detail);
        }
    }

    private Judgement judge(String rawQuery) {
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(URI.create(redirectUri + (rawQuery == null ? "" : "?" + rawQuery)));
        } catch (ParseException | IllegalArgumentException unreadable) {
            return Judgement.refused(SignInException.Reason.BAD_SERVER,
                    "The browser's answer is no OAuth authorization response", "invalid_response");
        }
        if (response.getState() == null || !expected.equals(response.getState())) {
            return Judgement.refused(SignInException.Reason.STATE_MISMATCH, "The browser's answer carries "
                    + (response.getState() == null ? "no state" : "another state") + " than this sign-in's; refused",
                    "state_mismatch");
        }
        if (!response.indicatesSuccess()) {
            String error = response.toErrorResponse().getErrorObject() == null ? null
                    : response.toErrorResponse().getErrorObject().getCode();
            String shown = error == null || !error.matches("[a-z_]{1,40}") ? "error" : error;
            return Judgement.refused(SignInException.Reason.DENIED,
                    "The sign-in was declined in the browser (" + shown + ")", shown);
        }
        return new Judgement(response.toSuccessResponse().getAuthorizationCode(), null, null);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 404 || status == 405
                ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Off the server's own thread: stopping the server from its handler would wait for that very handler. */
    private void finishLater(Object outcome) {
        try {
            closer.execute(() -> finish(outcome));
        } catch (java.util.concurrent.RejectedExecutionException alreadyClosed) {
            LOG.debug("An answer arrived as the receiver closed; ignored");
        }
    }

    /** Closes the port, then completes {@link #code()} with {@code outcome} (a code, a failure, or null: cancel). */
    private void finish(Object outcome) {
        // outcome: the AuthorizationCode, the SignInException, or null for a cancel
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        // the timeout's task ends with the receiver (else its thread lingers until the timeout)
        ScheduledFuture<?> timeout = timeoutTask;
        if (timeout != null) {
            timeout.cancel(false);
        }
        closer.shutdown();
        if (outcome instanceof AuthorizationCode received) {
            LOG.debug("The browser's answer arrived; the receiver on port {} is closed", redirectUri.getPort());
            code.complete(received);
        } else if (outcome instanceof SignInException failed) {
            LOG.info("Sign-in ended without a code: {}", failed.getMessage());
            code.completeExceptionally(failed);
        } else {
            LOG.debug("Stopped waiting for the browser's answer");
            code.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "LoopbackReceiver[" + redirectUri + (closed.get() ? ", closed" : "") + "]";
    }
}
