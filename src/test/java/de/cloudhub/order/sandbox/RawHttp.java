package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.SandboxDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain java.net.http calls against the sandbox, so its tests do not depend on our API client. */
final class RawHttp {
    static final String CUSTOMER = SandboxDemo.CUSTOMER_TOKEN;
    static final String OTHER_CUSTOMER = SandboxDemo.OTHER_CUSTOMER_TOKEN;
    static final String SALES = SandboxDemo.SALES_TOKEN;

    final ObjectMapper mapper = ModelJson.newMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final SandboxControlClient controls;

    RawHttp(URI base) {
        this.base = base;
        this.controls = new SandboxControlClient(base);
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET().build());
    }

    HttpResponse<String> post(String path, String token, String body, String... headers) {
        return send(postRequest(path, token, body, headers));
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path, String token, String body, String... headers) {
        return client.sendAsync(postRequest(path, token, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and lets an IOException through, for faults that drop the connection. */
    HttpResponse<String> postExpectingFailure(String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        return client.send(postRequest(path, token, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    JsonNode control(String json) {
        return controls.control(json);
    }

    JsonNode controlState() {
        return controls.state();
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest postRequest(String path, String token, String body, String... headers) {
        return request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
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
