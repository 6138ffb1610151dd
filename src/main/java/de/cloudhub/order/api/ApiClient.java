package de.cloudhub.order.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ClientAddress;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.Terms;
import java.io.IOException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordering API client (docs/api.md). Blocking; call it off the FX thread. Thread-safe: one
 * instance serves concurrent calls over a connection pool.
 *
 * <p>GETs are tried again after no answer, 5xx and 429 (honouring {@code Retry-After}); an order is
 * sent again with the same Idempotency-Key and body after no answer, 5xx, 429 and 409
 * {@code request-in-progress}, so it is never placed twice. A definite 4xx is never repeated.
 * Every call ends within {@link ApiConfig#callDeadline()}, all tries included; past it the call ends in
 * {@link ApiTimeoutException}.
 * Failures arrive as {@link ApiUnreachableException} (no answer; {@link ApiTimeoutException} when none
 * came in time), {@link ApiProblemException} and its subclasses (the server said no), or
 * {@link ApiProtocolException} (the answer was unusable); {@link ApiFailure#of(Throwable)} says which kind.
 */
public class ApiClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    /** The most orders one page of {@code GET /orders} holds (docs/api.md). */
    public static final int ORDERS_PAGE_LIMIT = 100;
    private static final int MAX_CURSOR_LENGTH = 1024;

    private final ApiConfig config;
    private final URI baseUrl;
    private final ObjectMapper mapper = ModelJson.newMapper().registerModule(new ServerTextModule());
    /** Two spaces and line feeds on every system, so an exported body reads the same everywhere. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private final ProblemReader problems = new ProblemReader(mapper);
    private final AnswerReader answers = new AnswerReader(mapper);
    private final RetryDelays delays;
    private final Transport transport;
    private final BearerTokens tokens;

    /**
     * A client that sends the config's fixed token (or none).
     *
     * @throws IllegalArgumentException when the URL is not https (loopback hosts may use http)
     * @throws IllegalStateException when HttpClient's header or wire log is at DEBUG (it would log the token)
     */
    public ApiClient(ApiConfig config) {
        this(config, BearerTokens.fixed(Objects.requireNonNull(config, "config").token()), true);
    }

    /**
     * A client whose token comes from {@code tokens} (a signed-in session): asked before every request, renewed
     * once after a 401. The config must then carry no token of its own.
     *
     * @throws IllegalArgumentException when the URL is not https, or the config carries a token too
     * @throws IllegalStateException when HttpClient's header or wire log is at DEBUG (it would log the token)
     */
    public ApiClient(ApiConfig config, BearerTokens tokens) {
        this(config, tokens, false);
    }

    private ApiClient(ApiConfig config, BearerTokens tokens, boolean tokenFromConfig) {
        this.config = Objects.requireNonNull(config, "config");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        if (!tokenFromConfig && config.token() != null) {
            throw new IllegalArgumentException("Give the token either in the ApiConfig or as BearerTokens, not both");
        }
        this.baseUrl = EndpointRules.checkedBaseUrl(config.baseUrl());
        this.delays = new RetryDelays(config.maxRetryDelay(), Clock.systemUTC());
        this.transport = new Transport(config, tokens);
    }

    public Me me() {
        return get(Me.class, "me");
    }

    /**
     * The whole catalog, fetched unconditionally. The app's one copy (kept for offline use and revalidated
     * with its ETag) lives in the UI's catalog source, which calls {@link #catalog(String)}.
     */
    public Catalog catalog() {
        Conditional<Catalog> answer = catalog(null);
        if (answer.notModified() || answer.value() == null) {
            throw new ApiProtocolException("The server answered GET /catalog without a catalog.", null);
        }
        return answer.value();
    }

    /** Conditional GET: with the caller's ETag a 304 gives {@code Conditional(null, etag, true)}. */
    public Conditional<Catalog> catalog(String etag) {
        return conditionalGet(type(Catalog.class), etag, "catalog");
    }

    public Terms terms() {
        return get(Terms.class, "terms");
    }

    public ClientAddress clientAddress() {
        return get(ClientAddress.class, "client-address");
    }

    /** Sales only; a customer token gets an {@link ApiProblemException} with status 403. */
    public List<CustomerRef> customers(String query, int limit) {
        List<String[]> params = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            params.add(new String[] {"query", query.trim()});
        }
        if (limit > 0) {
            params.add(new String[] {"limit", Integer.toString(limit)});
        }
        return send(ApiCall.get(uri(params, "customers"), null),
                listOf(CustomerRef.class));
    }

    public List<BillingProfile> billingProfiles(String customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return send(ApiCall.get(uri(List.of(), "customers", customerId, "billing-profiles"), null),
                listOf(BillingProfile.class));
    }

    /**
     * Places the order. Retries an ambiguous failure with the same key and body and returns the one
     * order the server holds. When every try failed without an answer it throws
     * {@link ApiUnreachableException}: the order may or may not exist, so offer to try again with the
     * SAME key (see {@link #isAmbiguous(Throwable)}).
     */
    public Order placeOrder(OrderRequest request, UUID idempotencyKey) {
        return placeOrder(request, idempotencyKey, PlaceOrderListener.NONE);
    }

    /**
     * {@link #placeOrder(OrderRequest, UUID)}, telling {@code listener} before each resend (on this
     * thread), so the user learns why the order takes longer and that it is sent again with the same key.
     */
    public Order placeOrder(OrderRequest request, UUID idempotencyKey, PlaceOrderListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(listener, "listener");
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The order cannot be written as JSON", e);
        }
        ApiCall call = ApiCall.post(uri(List.of(), "orders"), body, idempotencyKey);
        return answers.read(call, exchange(call, listener), type(Order.class));
    }

    /**
     * The request {@link #placeOrder} would send for {@code request} under {@code idempotencyKey}, to be sent
     * by other means: the same URL, headers and JSON (written by this client's mapper, pretty-printed).
     * Sent with the same key it gets the one order back that the app's own press places (or placed).
     */
    public ApiRequestExport exportOrder(OrderRequest request, UUID idempotencyKey) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        String body;
        try {
            body = mapper.writer(PRETTY).writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The order cannot be written as JSON", e);
        }
        return new ApiRequestExport(uri(List.of(), "orders"), idempotencyKey, body + "\n");
    }

    /**
     * One page of the orders, newest first, as a conditional GET: with the ETag this client got for the
     * same page before, an unchanged page costs a 304 ({@code Conditional(null, etag, true)}; the caller
     * keeps its copy and that copy's next cursor). {@code customerId} may be null, {@code statuses} empty
     * (all), {@code limit} 0 (the server's default, at most {@link #ORDERS_PAGE_LIMIT}), {@code cursor} null
     * for the first page.
     */
    public Conditional<OrderPage> ordersPage(String customerId, Collection<String> statuses, int limit,
                                             String cursor, String etag) {
        List<String[]> params = new ArrayList<>();
        if (customerId != null && !customerId.isBlank()) {
            params.add(new String[] {"customerId", customerId});
        }
        for (String status : statuses == null ? List.<String>of() : statuses) {
            params.add(new String[] {"status", status});
        }
        if (limit > 0) {
            params.add(new String[] {"limit", Integer.toString(Math.min(limit, ORDERS_PAGE_LIMIT))});
        }
        if (cursor != null && !cursor.isBlank()) {
            params.add(new String[] {"cursor", cursor});
        }
        ApiCall call = ApiCall.get(uri(params, "orders"), etag == null || etag.isBlank() ? null : etag);
        Answer answer = exchange(call);
        if (answer.status() == 304) {
            return new Conditional<>(null, answer.etag() == null ? call.etag() : answer.etag(), true);
        }
        List<Order> orders = answers.read(call, answer, listOf(Order.class));
        String next = answer.nextCursor() == null || answer.nextCursor().isBlank() ? null : answer.nextCursor().trim();
        if (next != null && (next.length() > MAX_CURSOR_LENGTH || next.equals(cursor))) {
            throw new ApiProtocolException("The answer to " + call.describe() + " names an unusable next cursor "
                    + (next.equals(cursor) ? "(the same page again)" : "(longer than " + MAX_CURSOR_LENGTH + ")")
                    + ".", null);
        }
        return new Conditional<>(new OrderPage(orders, next), answer.etag(), false);
    }

    /** The first page of the orders (at most the server's page size); both filters are optional (null). */
    public List<Order> orders(String customerId, String status) {
        List<String[]> params = new ArrayList<>();
        if (customerId != null && !customerId.isBlank()) {
            params.add(new String[] {"customerId", customerId});
        }
        if (status != null && !status.isBlank()) {
            params.add(new String[] {"status", status});
        }
        return send(ApiCall.get(uri(params, "orders"), null),
                listOf(Order.class));
    }

    /**
     * The order a {@link #placeOrder} with this Idempotency-Key created, if any
     * ({@code GET /orders?idempotencyKey=}). Keys belong to the user of the token, so only an order this
     * caller placed is found. Empty when the key created no order (yet): unknown, refused, expired, or its
     * first request still running. Use it after 422 {@code idempotency-key-reused} to find the order the key
     * holds instead of placing a second one.
     *
     * @throws ApiProtocolException when the server answers with more than one order (it ignored the filter)
     */
    public Optional<Order> orderByIdempotencyKey(UUID idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        ApiCall call = ApiCall.get(uri(List.<String[]>of(new String[] {"idempotencyKey", idempotencyKey.toString()}),
                "orders"), null);
        List<Order> found = send(call, listOf(Order.class));
        if (found.size() > 1) {
            throw new ApiProtocolException("The server answered " + call.describe() + " with " + found.size()
                    + " orders where at most one was expected; it may not support the idempotencyKey filter.", null);
        }
        return found.stream().findFirst();
    }

    /** @throws NotFoundException when it does not exist or belongs to another customer */
    public Order order(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return send(ApiCall.get(uri(List.of(), "orders", orderId), null), type(Order.class));
    }

    /** Conditional GET for polling: 304 gives {@code Conditional(null, etag, true)}. */
    public Conditional<Order> order(String orderId, String etag) {
        Objects.requireNonNull(orderId, "orderId");
        return conditionalGet(type(Order.class), etag, "orders", orderId);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Whether a link (e.g. an order's status page) points to the API's own origin. */
    public boolean isSameOrigin(URI link) {
        return link != null && EndpointRules.sameOrigin(baseUrl, link);
    }

    /**
     * True when a failed {@link #placeOrder} may still have placed the order: no answer, a server
     * error, the first request still running, or an unusable answer. Then the only safe next step is
     * to try again with the SAME Idempotency-Key (or look at the order list); never a new key.
     */
    public static boolean isAmbiguous(Throwable failure) {
        if (failure instanceof ApiUnreachableException || failure instanceof ApiProtocolException) {
            return true;
        }
        return failure instanceof ApiProblemException p && (p.isServerError() || p.isRequestInProgress());
    }

    /** True when trying the same call again later may well succeed (no answer, 5xx, 429, still running). */
    public static boolean isWorthRetrying(Throwable failure) {
        if (failure instanceof ApiUnreachableException u) {
            return u.isTransient();
        }
        return failure instanceof ApiProblemException p
                && (p.isServerError() || p.isRateLimited() || p.isRequestInProgress());
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "ApiClient[" + baseUrl + "]";
    }

    private <T> T get(Class<T> type, String... path) {
        return send(ApiCall.get(uri(List.of(), path), null), type(type));
    }

    private <T> Conditional<T> conditionalGet(JavaType type, String etag, String... path) {
        ApiCall call = ApiCall.get(uri(List.of(), path), etag == null || etag.isBlank() ? null : etag);
        Answer answer = exchange(call);
        if (answer.status() == 304) {
            return new Conditional<>(null, answer.etag() == null ? call.etag() : answer.etag(), true);
        }
        T value = answers.read(call, answer, type);
        return new Conditional<>(value, answer.etag(), false);
    }

    private <T> T send(ApiCall call, JavaType type) {
        return answers.read(call, exchange(call), type);
    }

    /** Tries until an answer that is final (success, 304, a definite refusal) or the attempts are used up. */
    private Answer exchange(ApiCall call) {
        return exchange(call, PlaceOrderListener.NONE);
    }

    /**
     * A 401 renews the token once ({@link BearerTokens#renewAfterRejection}) and repeats the call with it, within
     * the same deadline and without counting as a try; a POST is repeated with its Idempotency-Key and body, so
     * it still places at most one order. A second 401 stands (signed out).
     */
    private Answer exchange(ApiCall call, PlaceOrderListener listener) {
        int maxAttempts = config.maxAttempts();
        long deadline = System.nanoTime() + config.callDeadline().toNanos();
        boolean renewed = false;
        String renewedToken = null;
        for (int attempt = 1; ; attempt++) {
            ApiException failure;
            Duration wait;
            String given = renewedToken;
            renewedToken = null;
            try {
                String token = given != null ? given : tokenNow(() -> tokens.current());
                Answer answer = transport.send(call, deadline, token);
                if (answer.isSuccess() || (answer.status() == 304 && call.etag() != null)) {
                    return answer;
                }
                if (answer.status() == 401 && !renewed && token != null) {
                    // a renewal that got no answer is no renewal: the next try asks again
                    Optional<String> fresh = Optional.ofNullable(tokenNow(() -> tokens.renewAfterRejection(token)));
                    renewed = true;
                    if (fresh.isPresent() && !fresh.get().equals(token)) {
                        LOG.debug("{} -> 401; repeating it once with a renewed token", call.describe());
                        renewedToken = fresh.get();
                        attempt--;
                        continue;
                    }
                }
                if (answer.status() < 400) {
                    throw new ApiProtocolException("The server answered " + call.describe()
                            + " with the unexpected status " + answer.status() + ".", null);
                }
                Duration serverAsked = delays.parseRetryAfter(answer.retryAfter());
                ApiProblemException problem = problems.read(answer.status(), answer.reasonPhrase(), answer.body(),
                        serverAsked);
                if (!mayRetry(call, problem)) {
                    throw problem;
                }
                failure = problem;
                wait = delays.afterParsed(attempt, serverAsked);
            } catch (IOException noAnswer) {
                ApiUnreachableException unreachable = unreachable(call, noAnswer, attempt);
                if (!unreachable.isTransient() || noAnswer instanceof CallDeadlineException
                        || Thread.currentThread().isInterrupted()) {
                    throw unreachable;
                }
                failure = unreachable;
                wait = delays.backoff(attempt);
            }
            // no try after the call's deadline: a pause that would end beyond it ends the call now
            if (attempt >= maxAttempts || System.nanoTime() + wait.toNanos() >= deadline) {
                throw failure;
            }
            LOG.debug("{} failed ({}); try {} of {} in {} ms", call.describe(), brief(failure), attempt + 1,
                    maxAttempts, wait.toMillis());
            tell(listener, attempt + 1, maxAttempts, wait, failure);
            pause(wait, failure);
        }
    }

    /**
     * The token {@code source} gives, or null for none; a token that is due but cannot be had now
     * ({@link BearerTokens.Unavailable}) is a call without an answer, never one sent without its token.
     */
    private static String tokenNow(Supplier<Optional<String>> source) throws IOException {
        try {
            return source.get().orElse(null);
        } catch (BearerTokens.Unavailable noToken) {
            throw new IOException("No access token now: " + noToken.getMessage(), noToken);
        }
    }

    private static void tell(PlaceOrderListener listener, int attempt, int maxAttempts, Duration wait,
                             ApiException failure) {
        try {
            listener.retrying(attempt, maxAttempts, wait, reason(failure));
        } catch (RuntimeException e) {
            // the listener only informs; its failure must not turn a resend into a lost order
            LOG.warn("A place-order listener failed; the order is sent again anyway", e);
        }
    }

    private static PlaceOrderListener.Reason reason(ApiException failure) {
        return switch (ApiFailure.of(failure)) {
            case RATE_LIMITED -> PlaceOrderListener.Reason.RATE_LIMITED;
            case IN_PROGRESS -> PlaceOrderListener.Reason.STILL_PROCESSING;
            case UNREACHABLE, TIMEOUT -> PlaceOrderListener.Reason.NO_ANSWER;
            default -> PlaceOrderListener.Reason.SERVER_ERROR;
        };
    }

    private static boolean mayRetry(ApiCall call, ApiProblemException problem) {
        int status = problem.status();
        if (status == 429 || (status >= 500 && status != 501 && status != 505)) {
            return true;
        }
        // the same key is still being worked on: asking again later gets the one order
        return !call.isGet() && problem.isRequestInProgress();
    }

    private ApiUnreachableException unreachable(ApiCall call, IOException cause, int attempt) {
        String outcome = call.isGet() ? "" : " The order may or may not have been placed; try again with the same key.";
        if (isTimeout(cause)) {
            return new ApiTimeoutException("No answer in time from " + baseUrl.getHost() + " to " + call.describe()
                    + " (try " + attempt + " of " + config.maxAttempts() + "): "
                    + (cause instanceof CallDeadlineException
                    ? "no complete answer within " + config.callDeadline().toSeconds() + " s, the call's deadline"
                    : cause.getClass().getSimpleName())
                    + "." + outcome, cause);
        }
        boolean permanent = cause instanceof UnknownHostException
                || cause instanceof SSLHandshakeException
                || cause instanceof SSLPeerUnverifiedException;
        String reason;
        if (cause instanceof UnknownHostException) {
            reason = "the host name " + baseUrl.getHost() + " cannot be resolved";
        } else if (cause instanceof SSLHandshakeException || cause instanceof SSLPeerUnverifiedException) {
            reason = "no trusted secure connection could be made (" + cause.getClass().getSimpleName() + ")";
        } else {
            reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return new ApiUnreachableException("No answer from " + baseUrl.getHost() + " to " + call.describe()
                + " (try " + attempt + " of " + config.maxAttempts() + "): " + reason + "." + outcome,
                cause, !permanent);
    }

    /** Connecting, waiting for a pooled connection or waiting for the answer took longer than allowed. */
    static boolean isTimeout(IOException cause) {
        return cause instanceof SocketTimeoutException
                || cause instanceof ConnectTimeoutException
                || cause instanceof ConnectionRequestTimeoutException;
    }

    private static void pause(Duration wait, ApiException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static String brief(ApiException failure) {
        if (failure instanceof ApiProblemException p) {
            return "HTTP " + p.status();
        }
        return failure.getCause() == null ? failure.getClass().getSimpleName()
                : failure.getCause().getClass().getSimpleName();
    }

    private JavaType type(Class<?> type) {
        return mapper.getTypeFactory().constructType(type);
    }

    private JavaType listOf(Class<?> element) {
        return mapper.getTypeFactory().constructCollectionType(List.class, element);
    }

    private URI uri(List<String[]> params, String... segments) {
        try {
            URIBuilder builder = new URIBuilder(baseUrl).appendPathSegments(segments);
            for (String[] p : params) {
                builder.addParameter(p[0], p[1]);
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build a URL below " + baseUrl, e);
        }
    }
}
