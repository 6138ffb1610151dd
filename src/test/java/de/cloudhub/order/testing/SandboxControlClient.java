package de.cloudhub.order.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * A test's own line to a sandbox: its control API (docs/sandbox-control.md) and the demo customer's order
 * list. It speaks plain java.net.http, never the client under test, so that setting up and checking a test
 * do not depend on what the test checks.
 */
public final class SandboxControlClient {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = ModelJson.newMapper();
    private final URI controlUri;
    private final URI ordersUri;

    /** @param apiBase the sandbox's API base, e.g. {@code http://127.0.0.1:8080/api/v1} */
    public SandboxControlClient(URI apiBase) {
        String base = Objects.requireNonNull(apiBase, "apiBase").toString();
        String withSlash = base.endsWith("/") ? base : base + "/";
        this.controlUri = URI.create(withSlash + "sandbox/control");
        this.ordersUri = URI.create(withSlash + "orders");
    }

    /** POSTs {@code json} to the control API and returns the settings after the change; fails the test when refused. */
    public JsonNode control(String json) {
        return exchange(HttpRequest.newBuilder(controlUri).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), json);
    }

    /** The sandbox's own view: {@code orders}, {@code idempotencyKeys}, settings. */
    public JsonNode state() {
        return exchange(HttpRequest.newBuilder(controlUri).timeout(ANSWER_TIMEOUT).GET().build(), "GET /sandbox/control");
    }

    /** How many orders the sandbox holds (all customers). */
    public int ordersStored() {
        return state().path("orders").asInt(-1);
    }

    /** How many Idempotency-Keys the sandbox holds. */
    public int idempotencyKeys() {
        return state().path("idempotencyKeys").asInt(-1);
    }

    /** The demo customer's orders as {@code GET /orders} lists them. */
    public JsonNode customerOrders() {
        JsonNode body = exchange(HttpRequest.newBuilder(ordersUri).timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + SandboxDemo.CUSTOMER_TOKEN).GET().build(), "GET /orders");
        return body.has("orders") ? body.get("orders") : body;
    }

    /** Back to the start state, with order timers long enough not to move orders during a test. */
    public void resetWithTimersOf(int seconds) {
        control("{\"reset\":true,\"durations\":{\"newSeconds\":" + seconds + ",\"processingSeconds\":" + seconds + "}}");
    }

    /** How long orders stay {@code new} and {@code processing}. */
    public void durations(long newMillis, long processingMillis) {
        control("{\"durations\":{\"newMillis\":" + newMillis + ",\"processingMillis\":" + processingMillis + "}}");
    }

    /** The next order that finishes processing fails with {@code reason}. */
    public void nextFails(String reason) {
        control("{\"nextOutcomes\":[{\"status\":\"failed\",\"reason\":\"" + reason + "\"}]}");
    }

    /**
     * Sets a fault for the next {@code count} matching requests, e.g.
     * {@code fault("POST", "/orders", "close-after-store", 1, "")}; {@code extra} holds further JSON members
     * such as {@code "retryAfterSeconds":1}, or is empty.
     */
    public void fault(String method, String path, String kind, int count, String extra) {
        control("{\"faults\":[{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"kind\":\"" + kind
                + "\",\"count\":" + count + (extra.isEmpty() ? "" : "," + extra) + "}]}");
    }

    /**
     * Lifetimes of sign-in tokens and codes issued from now on (0 issues them already expired); a negative
     * value keeps that lifetime. See docs/sandbox-control.md, {@code tokenLifetimes}.
     */
    public void tokenLifetimes(long accessMillis, long refreshMillis, long codeMillis) {
        StringBuilder lifetimes = new StringBuilder();
        appendMillis(lifetimes, "accessMillis", accessMillis);
        appendMillis(lifetimes, "refreshMillis", refreshMillis);
        appendMillis(lifetimes, "codeMillis", codeMillis);
        control("{\"tokenLifetimes\":{" + lifetimes + "}}");
    }

    /** Every access token issued so far ends now (401); refresh tokens keep working. */
    public void expireAccessTokens() {
        control("{\"expireAccessTokens\":true}");
    }

    /**
     * Every code and token of this sign-in user ends now, as a session revoked elsewhere.
     *
     * @param user {@link TestBrowser#CUSTOMER}, {@link TestBrowser#OTHER_CUSTOMER} or {@link TestBrowser#SALES}
     */
    public void revokeTokensOf(String user) {
        control("{\"revokeTokensOf\":\"" + user + "\"}");
    }

    /** How many sign-in refresh tokens are live (neither used, expired nor revoked). */
    public int liveRefreshTokens() {
        return state().at("/tokens/refreshTokens").asInt(-1);
    }

    /** How many sign-in access tokens are live. */
    public int liveAccessTokens() {
        return state().at("/tokens/accessTokens").asInt(-1);
    }

    private static void appendMillis(StringBuilder json, String name, long millis) {
        if (millis >= 0) {
            json.append(json.length() == 0 ? "" : ",").append('"').append(name).append("\":").append(millis);
        }
    }

    private JsonNode exchange(HttpRequest request, String what) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("sandbox refused " + what + ": " + answer.statusCode() + " "
                        + answer.body());
            }
            return mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
