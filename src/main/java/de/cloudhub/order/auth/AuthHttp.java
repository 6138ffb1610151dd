package de.cloudhub.order.auth;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.io.IOException;
import java.net.Proxy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the OAuth client's requests (Nimbus' own {@link HTTPRequest#send()}) with time limits and without
 * following redirects: a token request answered with a redirect would otherwise carry the code, the verifier
 * or the refresh token to wherever the redirect points. Logs method, path, status and time, never a body.
 *
 * @param proxy the proxy to use; null leaves the choice to the JVM's {@link java.net.ProxySelector}
 */
public record AuthHttp(Duration connectTimeout, Duration readTimeout, Proxy proxy) {
    private static final Logger LOG = LoggerFactory.getLogger(AuthHttp.class);

    public AuthHttp {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** 5 s to connect, 15 s for the answer, the JVM's proxy selector: the API client's defaults. */
    public static AuthHttp defaults() {
        return new AuthHttp(Duration.ofSeconds(5), Duration.ofSeconds(15), null);
    }

    /** One request; no answer (refused, reset, timed out) is {@link SignInException.Reason#UNREACHABLE}. */
    HTTPResponse send(HTTPRequest request) throws SignInException {
        request.setConnectTimeout((int) connectTimeout.toMillis());
        request.setReadTimeout((int) readTimeout.toMillis());
        request.setFollowRedirects(false);
        if (proxy != null) {
            request.setProxy(proxy);
        }
        String what = request.getMethod() + " " + request.getURI().getRawPath();
        long start = System.nanoTime();
        try {
            HTTPResponse response = request.send();
            LOG.debug("{} -> {} in {} ms", what, response.getStatusCode(), millisSince(start));
            return response;
        } catch (IOException noAnswer) {
            LOG.debug("{} -> no answer ({}) in {} ms", what, noAnswer.getClass().getSimpleName(), millisSince(start));
            throw new SignInException(SignInException.Reason.UNREACHABLE, "No answer from "
                    + request.getURI().getHost() + " to " + what + ": " + noAnswer.getClass().getSimpleName(), noAnswer);
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
