package de.cloudhub.order.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one try of an {@link ApiCall} and reads its answer. HttpClient's own retries are off (the
 * client decides what may be sent again) and so is its redirect handling: a redirect is followed here
 * only for a GET and only within the API's origin, so the token never goes anywhere else. Proxies are
 * chosen per request by {@link ProxyRoutePlanner}.
 */
final class Transport implements AutoCloseable {
    /** The largest body the client reads (1 MiB). */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;
    /** The most header lines an answer may have, and the longest line of its head (8 KiB). */
    static final int MAX_HEADER_COUNT = 100;
    static final int MAX_LINE_LENGTH = 8 * 1024;
    static final String NEXT_CURSOR = "Next-Cursor";
    /** What every request accepts; an exported request ({@link ApiRequestExport}) sends the same. */
    static final String ACCEPT = "application/json, application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final List<String> SECRET_LEAKING_LOGGERS =
            List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");

    private final CloseableHttpClient http;
    private final BearerTokens tokens;
    /** Cuts off a request at its deadline: HttpClient's classic API has none of its own. */
    private final ScheduledThreadPoolExecutor deadlines;

    Transport(ApiConfig config, BearerTokens tokens) {
        this.tokens = tokens;
        refuseWhenHeadersAreLogged(tokens);
        this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "api-deadlines");
            t.setDaemon(true);
            return t;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        Timeout connect = Timeout.of(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        Timeout response = Timeout.of(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(16)
                .setMaxConnPerRoute(8)
                // without limits, an endless header line or endless headers fill the heap inside HttpClient
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom()
                                .setMaxHeaderCount(MAX_HEADER_COUNT)
                                .setMaxLineLength(MAX_LINE_LENGTH)
                                .build())
                        .build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        ProxySettings proxy = config.proxy();
        HttpClientBuilder builder = HttpClients.custom();
        if (proxy != null) {
            LOG.info("Using the proxy {} for {}", proxy.describe(), config.baseUrl().getHost());
            if (proxy.hasCredentials()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(proxy.username(),
                                proxy.password() == null ? new char[0] : proxy.password().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        this.http = builder
                .setConnectionManager(pool)
                .setRoutePlanner(new ProxyRoutePlanner(proxy, ProxySelector::getDefault))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(response)
                        .setRedirectsEnabled(false)
                        .build())
                .setUserAgent(config.userAgent())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * HttpClient logs every request header (the token included) when these loggers are at DEBUG;
     * the app's logging set-up keeps them at INFO, and a configuration that turns them on is refused, not obeyed.
     */
    private static void refuseWhenHeadersAreLogged(BearerTokens tokens) {
        if (tokens.sendsNone()) {
            return;
        }
        for (String name : SECRET_LEAKING_LOGGERS) {
            if (LoggerFactory.getLogger(name).isDebugEnabled()) {
                throw new IllegalStateException("The logger " + name + " is at DEBUG and would write the token "
                        + "into the log. Set " + String.join(" and ", SECRET_LEAKING_LOGGERS)
                        + " to INFO in the logging configuration.");
            }
        }
    }

    /**
     * One try with {@code token} (null: none), following same-origin redirects of a GET. IOException means no
     * (complete) answer came. Throws {@link ApiProtocolException} for an oversized head or body, or a redirect it
     * will not follow. The token is given per try because a signed-in session renews it.
     */
    Answer send(ApiCall call, long deadlineNanos, String token) throws IOException {
        if (token != null && tokens.sendsNone()) {
            throw new IllegalStateException("A token for a client that was built to send none");
        }
        String authorization = token == null || token.isBlank() ? null : "Bearer " + token;
        URI uri = call.uri();
        for (int hop = 0; ; hop++) {
            Answer answer = sendOnce(call, uri, deadlineNanos, authorization);
            if (!answer.isRedirect()) {
                return answer;
            }
            URI target = answer.location() == null ? null : resolve(uri, answer.location());
            if (!call.isGet()) {
                throw new ApiProtocolException("The server answered " + call.describe() + " with a redirect ("
                        + answer.status() + "); the client does not resend it elsewhere.", null);
            }
            if (target == null || !EndpointRules.sameOrigin(call.uri(), target)) {
                throw new ApiProtocolException("The server redirected " + call.describe() + " to "
                        + (target == null || target.getHost() == null ? "an unusable address" : target.getHost())
                        + ", another origin; not followed so the token stays with the configured endpoint.", null);
            }
            if (hop >= MAX_REDIRECTS) {
                throw new ApiProtocolException("Too many redirects for " + call.describe(), null);
            }
            uri = target;
        }
    }

    /**
     * One request, cancelled when {@code deadlineNanos} (a {@link System#nanoTime()}) passes: then it ends in
     * {@link CallDeadlineException} whatever the server was still sending.
     */
    private Answer sendOnce(ApiCall call, URI uri, long deadlineNanos, String authorization) throws IOException {
        String what = call.method() + " " + uri.getRawPath();
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new CallDeadlineException("the call's deadline passed before " + what + " was sent");
        }
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), uri);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> guard = deadlines.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, left, TimeUnit.NANOSECONDS);
        try {
            return sendOnce(call, request, what, authorization);
        } catch (IOException | RuntimeException failed) {
            if (expired.get()) {
                LOG.debug("{} -> cut off at the call's deadline", what);
                CallDeadlineException cut = new CallDeadlineException("no complete answer to " + what
                        + " before the call's deadline");
                cut.initCause(failed);
                throw cut;
            }
            throw failed;
        } finally {
            guard.cancel(false);
        }
    }

    private Answer sendOnce(ApiCall call, HttpUriRequestBase request, String what, String authorization)
            throws IOException {
        request.setHeader(HttpHeaders.ACCEPT, ACCEPT);
        if (authorization != null) {
            request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (call.idempotencyKey() != null) {
            request.setHeader("Idempotency-Key", call.idempotencyKey().toString());
        }
        if (call.etag() != null) {
            request.setHeader(HttpHeaders.IF_NONE_MATCH, call.etag());
        }
        if (call.body() != null) {
            request.setEntity(new ByteArrayEntity(call.body(), ContentType.APPLICATION_JSON));
        }
        long start = System.nanoTime();
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, request, null);
        } catch (MessageConstraintException oversizedHead) {
            LOG.debug("{} -> head beyond the limits ({}) in {} ms", what, oversizedHead.getMessage(), millisSince(start));
            throw new ApiProtocolException("The answer to " + what + " has more than " + MAX_HEADER_COUNT
                    + " header lines or a line longer than " + MAX_LINE_LENGTH / 1024 + " KiB; it was not read.",
                    oversizedHead);
        } catch (IOException noAnswer) {
            LOG.debug("{} -> no answer ({}) in {} ms", what, noAnswer.getClass().getSimpleName(), millisSince(start));
            throw noAnswer;
        }
        try {
            byte[] body = readCapped(request, response.getEntity(), what);
            LOG.debug("{} -> {} in {} ms", what, response.getCode(), millisSince(start));
            return new Answer(response.getCode(), response.getReasonPhrase(), header(response, HttpHeaders.ETAG),
                    header(response, HttpHeaders.RETRY_AFTER), header(response, HttpHeaders.LOCATION),
                    header(response, NEXT_CURSOR), body);
        } catch (IOException brokenBody) {
            LOG.debug("{} -> {} but the body broke off ({}) in {} ms", what, response.getCode(),
                    brokenBody.getClass().getSimpleName(), millisSince(start));
            throw brokenBody;
        } finally {
            closeQuietly(response);
        }
    }

    private static byte[] readCapped(HttpUriRequestBase request, HttpEntity entity, String what) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > MAX_BODY_BYTES) {
            request.cancel();
            throw tooLarge(what);
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                // cancel first: closing the stream would otherwise read the rest of an endless body
                request.cancel();
                throw tooLarge(what);
            }
            return bytes;
        }
    }

    private static ApiProtocolException tooLarge(String what) {
        return new ApiProtocolException("The answer to " + what + " is too large (more than "
                + MAX_BODY_BYTES / 1024 + " KiB); it was not read.", null);
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.trim());
        } catch (IllegalArgumentException unusable) {
            return null;
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            LOG.trace("closing a response failed", ignored);
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.GRACEFUL);
    }
}
