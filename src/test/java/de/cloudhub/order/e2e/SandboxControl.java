package de.cloudhub.order.e2e;

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

/**
 * The test's own line to the sandbox the app talks to: its control API and the customer's order
 * list, over plain java.net.http so that what the test sees does not depend on the app's client.
 */
final class SandboxControl {
    static final String CUSTOMER_TOKEN = "demo-customer";

    private final ObjectMapper mapper = ModelJson.newMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    SandboxControl(int port) {
        this.base = URI.create("http://127.0.0.1:" + port + "/api/v1/");
    }

    URI base() {
        return base;
    }

    /** POSTs {@code json} to the control API and returns the settings after the change. */
    JsonNode control(String json) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("sandbox/control"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (answer.statusCode() != 200) {
            throw new AssertionError("control refused " + json + ": " + answer.statusCode() + " " + answer.body());
        }
        return read(answer.body());
    }

    /** How many orders the sandbox holds (all customers), from the control API. */
    int ordersStored() {
        return settings().path("orders").asInt(-1);
    }

    /** How many Idempotency-Keys the sandbox holds. */
    int idempotencyKeys() {
        return settings().path("idempotencyKeys").asInt(-1);
    }

    JsonNode settings() {
        return read(send(HttpRequest.newBuilder(base.resolve("sandbox/control"))
                .timeout(Duration.ofSeconds(10)).GET().build()).body());
    }

    /** The demo customer's orders as {@code GET /orders} lists them. */
    JsonNode customerOrders() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("orders"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + CUSTOMER_TOKEN).GET().build());
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET /orders answered " + answer.statusCode() + " " + answer.body());
        }
        JsonNode body = read(answer.body());
        return body.has("orders") ? body.get("orders") : body;
    }

    private JsonNode read(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
