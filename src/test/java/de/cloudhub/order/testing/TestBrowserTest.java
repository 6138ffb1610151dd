package de.cloudhub.order.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test browser against the real sandbox, delivering to a stand-in for the app's loopback receiver. */
class TestBrowserTest {
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static LoopbackSandbox sandbox;
    private final TestBrowser browser = new TestBrowser();
    private final CompletableFuture<String> received = new CompletableFuture<>();
    private HttpServer receiver;

    @BeforeAll
    static void startSandbox() {
        sandbox = new LoopbackSandbox();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.createContext("/callback", exchange -> {
            received.complete(exchange.getRequestURI().getRawQuery());
            byte[] page = "You can close this tab".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void signInDeliversCodeAndStateToTheReceiver() throws Exception {
        TestBrowser.Answer answer = browser.signInAndDeliver(authorizeUri("s-1"), TestBrowser.SALES);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("You can close this tab");
        assertThat(received.get(5, TimeUnit.SECONDS)).contains("code=").contains("state=s-1");
    }

    @Test
    void cancelDeliversAccessDenied() throws Exception {
        browser.deliver(browser.cancel(authorizeUri("s-2")));

        assertThat(received.get(5, TimeUnit.SECONDS)).contains("error=access_denied").contains("state=s-2")
                .doesNotContain("code=");
    }

    @Test
    void aRefusedAuthorizationFailsTheTest() {
        URI foreign = URI.create(authorizeUri("s-3").toString().replace("cloudhub-order-desktop", "other"));

        assertThatThrownBy(() -> browser.signIn(foreign, TestBrowser.CUSTOMER))
                .isInstanceOf(AssertionError.class).hasMessageContaining("400");
    }

    private URI authorizeUri(String state) {
        String redirect = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callback";
        return URI.create("http://127.0.0.1:" + sandbox.port() + "/oauth/authorize?response_type=code"
                + "&client_id=cloudhub-order-desktop&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&state=" + state + "&code_challenge=" + CHALLENGE + "&code_challenge_method=S256");
    }
}
