package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.RawHttp.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxControlTest extends SandboxTestBase {

    @Test
    void controlShowsSettingsAndStoredOrders() {
        http.post("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", newKey());

        JsonNode state = http.controlState();

        assertThat(state.path("orders").asInt()).isEqualTo(1);
        assertThat(state.at("/durations/newMillis").asLong()).isEqualTo(60_000);
        assertThat(state.path("termsVersion").asText()).isEqualTo(Orders.TERMS);
    }

    @Test
    void fractionalSecondsAreAccepted() {
        JsonNode state = http.control("{\"durations\":{\"newSeconds\":0.25,\"processingMillis\":75}}");

        assertThat(state.at("/durations/newMillis").asLong()).isEqualTo(250);
        assertThat(state.at("/durations/processingMillis").asLong()).isEqualTo(75);
    }

    @Test
    void resetForgetsOrdersAndPrices() {
        http.post("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", newKey());
        http.control("{\"prices\":{\"storagePerGb\":\"0.40\"}}");

        JsonNode state = http.control("{\"reset\":true}");

        assertThat(state.path("orders").asInt()).isZero();
        assertThat(state.at("/prices/storagePerGb").asText()).isEqualTo("0.25");
    }

    @Test
    void invalidControlBodyChangesNothing() {
        HttpResponse<String> response = http.post("/sandbox/control", null,
                "{\"termsVersion\":\"2027-01\",\"faults\":[{\"path\":\"/orders\",\"kind\":\"explode\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(http.json(response).at("/errors/0/field").asText()).isEqualTo("faults[0].kind");
        assertThat(http.controlState().path("termsVersion").asText()).isEqualTo(Orders.TERMS);
    }

    @Test
    void publishedTermsVersionIsServed() {
        http.control("{\"termsVersion\":\"2026-12\"}");

        assertThat(http.json(http.get("/terms", CUSTOMER)).path("version").asText()).isEqualTo("2026-12");
    }

    @Test
    void serverListensOnLoopbackOnly() throws Exception {
        assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/api/v1");

        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .collect(Collectors.toList());
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                boolean connected;
                try {
                    socket.connect(new InetSocketAddress(address, server.port()), 1000);
                    connected = true;
                } catch (java.io.IOException refused) {
                    connected = false;
                }
                assertThat(connected).as("reachable on " + address).isFalse();
            }
        }
    }
}
