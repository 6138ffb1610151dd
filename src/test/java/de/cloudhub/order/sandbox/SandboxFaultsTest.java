package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.RawHttp.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest extends SandboxTestBase {

    private static void fault(String method, String path, String kind, String extra) {
        http.control("{\"faults\":[{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"kind\":\"" + kind + "\""
                + extra + "}]}");
    }

    /** What a raw socket reads after sending a request: every byte until the server closes. */
    private static byte[] rawExchange(String requestLine) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + CUSTOMER
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        }
    }

    @Test
    void delayHoldsTheResponse() {
        fault("GET", "/me", "delay", ",\"delayMillis\":300");
        long start = System.nanoTime();

        HttpResponse<String> response = http.get("/me", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void http500IsAnsweredOnceThenNormalService() {
        fault("GET", "/catalog", "http-500", "");

        assertThat(http.get("/catalog", CUSTOMER).statusCode()).isEqualTo(500);
        assertThat(http.get("/catalog", CUSTOMER).statusCode()).isEqualTo(200);
    }

    @Test
    void http503IsAnsweredForTheCountGiven() {
        fault("GET", "/catalog", "http-503", ",\"count\":2");

        assertThat(http.get("/catalog", CUSTOMER).statusCode()).isEqualTo(503);
        assertThat(http.get("/catalog", CUSTOMER).statusCode()).isEqualTo(503);
        assertThat(http.get("/catalog", CUSTOMER).statusCode()).isEqualTo(200);
    }

    @Test
    void http429CarriesRetryAfter() {
        fault("GET", "/orders/*", "http-429", ",\"retryAfterSeconds\":7");

        HttpResponse<String> response = http.get("/orders/ord-x", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(http.json(response).path("code").asText()).isEqualTo("rate-limited");
    }

    @Test
    void faultOnlyHitsItsMethodAndPath() {
        fault("POST", "/catalog", "http-500", "");

        assertThat(http.get("/catalog", CUSTOMER).statusCode()).isEqualTo(200);
        assertThat(http.get("/me", CUSTOMER).statusCode()).isEqualTo(200);
        assertThat(http.controlState().path("faults")).hasSize(1);
    }

    @Test
    void closeBeforeStoreDropsTheConnectionAndStoresNothing() throws Exception {
        fault("POST", "/orders", "close-before-store", "");
        String key = newKey();

        assertThatThrownBy(() -> http.postExpectingFailure("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", key))
                .isInstanceOf(IOException.class);
        assertThat(http.controlState().path("orders").asInt()).isZero();

        HttpResponse<String> retry = http.post("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", key);
        assertThat(retry.statusCode()).isEqualTo(201);
    }

    @Test
    void closeAfterStoreDropsTheConnectionButKeepsTheOrder() {
        fault("POST", "/orders", "close-after-store", "");
        String key = newKey();

        assertThatThrownBy(() -> http.postExpectingFailure("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", key))
                .isInstanceOf(IOException.class);
        assertThat(http.controlState().path("orders").asInt()).isEqualTo(1);

        HttpResponse<String> retry = http.post("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", key);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(http.controlState().path("orders").asInt()).isEqualTo(1);
    }

    @Test
    void droppedConnectionSendsNotASingleByte() throws Exception {
        fault("GET", "/me", "close-after-store", "");

        assertThat(rawExchange("GET /api/v1/me HTTP/1.1")).isEmpty();
    }

    @Test
    void connectionDroppedBeforeStoreSendsNotASingleByte() throws Exception {
        fault("GET", "/catalog", "close-before-store", "");

        assertThat(rawExchange("GET /api/v1/catalog HTTP/1.1")).isEmpty();
    }

    @Test
    void malformedJsonCannotBeParsed() {
        fault("GET", "/me", "malformed-json", "");

        HttpResponse<String> response = http.get("/me", CUSTOMER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> http.mapper.readTree(response.body())).isInstanceOf(IOException.class);
    }

    @Test
    void oversizedBodyIsMoreThanTwoMebibytesWithoutLength() {
        fault("GET", "/catalog", "oversized-body", "");

        HttpResponse<String> response = http.get("/catalog", CUSTOMER);

        assertThat(response.body().length()).isGreaterThan(2 * 1024 * 1024);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    void hostileLinksPointToAnotherOrigin() {
        String id = http.json(http.post("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", newKey()))
                .path("id").asText();
        fault("GET", "/orders/" + id, "hostile-links", "");

        JsonNode order = http.json(http.get("/orders/" + id, CUSTOMER));

        assertThat(order.at("/links/statusPage").asText()).startsWith("https://evil.example/");
        assertThat(order.at("/links/supportTicket").asText()).startsWith("https://evil.example/");
        assertThat(http.json(http.get("/orders/" + id, CUSTOMER)).at("/links/statusPage").asText())
                .startsWith(origin());
    }

    @Test
    void tooManyRequestsAreAnswered429WithRetryAfter() {
        http.control("{\"rateLimit\":{\"requestsPerSecond\":1}}");
        int status = 200;
        HttpResponse<String> response = null;
        for (int i = 0; i < 10 && status != 429; i++) {
            response = http.get("/me", CUSTOMER);
            status = response.statusCode();
        }

        assertThat(status).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Integer.parseInt(v)).isPositive());
    }
}
