package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real application, started with arguments as {@code mvn javafx:run -Djavafx.args=...} would. */
class CloudhubOrderAppTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final AppOnStage app = new AppOnStage();
    private final FxRobot robot = new FxRobot();

    private void startApp(String... args) throws Exception {
        app.start(args);
    }

    /** The status line's text, read on the FX thread; empty before the window shows (it starts in the background). */
    private String statusLine() {
        return FxThread.call(() -> robot.lookup("#status-line").tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    @Test
    void inSandboxModeTheWindowNamesTheSandboxAndTheDemoUser() throws Exception {
        startApp("--sandbox", "--locale", "en", "--data-dir", dataDir.toString());

        Wait.onFx("the status line to show the signed-in user", TIMEOUT, () -> statusLine().contains("signed in as"));

        assertThat(app.stage().getTitle()).isEqualTo("Cloudhub Order");
        assertThat(statusLine()).contains("Demo sandbox at http://127.0.0.1:", "Muster GmbH");
        assertThat(app.stage().getIcons()).isNotEmpty();
        assertThat(dataDir.resolve("logs").resolve("cloudhub-order.log")).exists();
        robot.interact(() -> RawKeyScanner.assertNoRawKeys(app.stage().getScene().getRoot()));
    }

    @Test
    void theLogSaysWhenTheWindowShowedAndWhenTheFirstPageWasReadyCountedFromTheJvmStart() throws Exception {
        // the tests log only warnings; the app's own configuration logs these lines (INFO)
        ch.qos.logback.classic.Logger times = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(StartupTimes.class);
        times.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            startApp("--sandbox", "--locale", "en", "--data-dir", dataDir.toString());
            Path log = dataDir.resolve("logs").resolve("cloudhub-order.log");
            Wait.until("the log to say the app is ready", TIMEOUT,
                    () -> Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("ready after "));
        } finally {
            times.setLevel(null);
        }
        Path log = dataDir.resolve("logs").resolve("cloudhub-order.log");

        java.util.List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        java.util.List<Long> shown = millis(lines, "window shown after ");
        java.util.List<Long> ready = millis(lines, "ready after ");
        assertThat(shown).as("one 'window shown' line").hasSize(1);
        assertThat(ready).as("one 'ready' line").hasSize(1);
        int shownLine = lineOf(lines, "window shown after ");
        assertThat(shownLine).as("'window shown' before 'ready'").isLessThan(lineOf(lines, "ready after "));
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        // counted from this JVM's start (the test JVM's here), so never more than it has run
        assertThat(shown.get(0)).isPositive().isLessThanOrEqualTo(ready.get(0));
        assertThat(ready.get(0)).isLessThanOrEqualTo(uptime);
        assertThat(FxThread.call(() -> robot.lookup("#page-service").tryQuery())).as("the first page shows").isPresent();
    }

    private static java.util.List<Long> millis(java.util.List<String> lines, String phrase) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(phrase) + "(\\d+) ms$");
        return lines.stream().map(p::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> Long.parseLong(m.group(1))).toList();
    }

    private static int lineOf(java.util.List<String> lines, String phrase) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(phrase)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anUnreachableEndpointIsNamedClearlyWithRetry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/api/v1";
        startApp("--api-url", url, "--token-file", tokenFile(), "--locale", "en", "--data-dir", dataDir.toString());

        Wait.onFx("the status line to say the endpoint cannot be reached", TIMEOUT,
                () -> statusLine().contains("The server cannot be reached."));

        assertThat(statusLine()).startsWith(url).contains("Check your network connection");
        assertThat(problemText()).isEqualTo(statusLine());
        assertThat(robot.lookup("#retry").tryQuery()).isPresent();
        robot.interact(() -> RawKeyScanner.assertNoRawKeys(app.stage().getScene().getRoot()));
    }

    @Test
    void aRateLimitedStartIsReportedAsRateLimitedWithThePauseOnTheFailureScreen() throws Exception {
        try (LoopbackSandbox sandbox = new LoopbackSandbox()) {
            sandbox.fault("GET", "/me", "http-429", 20, "\"retryAfterSeconds\":1");
            startApp("--api-url", sandbox.baseUri().toString(), "--token-file", tokenFile(SandboxDemo.CUSTOMER_TOKEN),
                    "--locale", "en", "--data-dir", dataDir.toString());

            Wait.onFx("the failure screen", TIMEOUT, () -> robot.lookup("#connection-problem").tryQuery().isPresent());

            assertThat(problemText()).isEqualTo(sandbox.baseUri() + ": The server is receiving too many requests and "
                    + "asked the app to slow down. Wait one second, then try again.");
            assertThat(statusLine()).isEqualTo(problemText()).doesNotContain("not as expected", "()");
        }
    }

    @Test
    void aTokenTheServerDoesNotKnowIsReportedAsSignedOut() throws Exception {
        try (LoopbackSandbox sandbox = new LoopbackSandbox()) {
            startApp("--api-url", sandbox.baseUri().toString(), "--token-file", tokenFile("no-such-token"),
                    "--locale", "en", "--data-dir", dataDir.toString());

            Wait.onFx("the failure screen", TIMEOUT, () -> robot.lookup("#connection-problem").tryQuery().isPresent());

            // the message after the endpoint, which itself may carry "401" in its port number
            String message = problemText().substring(sandbox.baseUri().toString().length());
            assertThat(message).contains("did not accept your sign-in", "CLOUDHUB_TOKEN")
                    .doesNotContain("HTTP", "401");
        }
    }

    @Test
    void namesFromTheServerWithBidiOverridesAndControlsAreShownClean() throws Exception {
        try (LoopbackSandbox sandbox = new LoopbackSandbox()) {
            HttpServer hostile = meWithHostileNamesBefore(sandbox);
            try {
                String url = "http://127.0.0.1:" + hostile.getAddress().getPort() + "/api/v1";
                startApp("--api-url", url, "--token-file", tokenFile(SandboxDemo.CUSTOMER_TOKEN), "--locale", "en",
                        "--data-dir", dataDir.toString());

                Wait.onFx("the signed-in user", TIMEOUT, () -> statusLine().contains("signed in as"));

                assertThat(statusLine()).isEqualTo("Connected to " + url
                        + " · signed in as nimda Anna Muster for customer Muster GmbH");
            } finally {
                hostile.stop(0);
            }
        }
    }

    /**
     * A hostile server of the test's own: it answers {@code GET /me} with names full of bidi overrides,
     * isolates and controls, and passes every other request on to the sandbox.
     */
    private static HttpServer meWithHostileNamesBefore(LoopbackSandbox sandbox) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", exchange -> {
            String path = exchange.getRequestURI().getRawPath().substring("/api/v1/".length());
            String query = exchange.getRequestURI().getRawQuery();
            int status;
            byte[] body;
            if (path.equals("me")) {
                status = 200;
                body = ("{\"user\":{\"id\":\"u-1\",\"name\":\"\\u202Enimda\\u202C Anna\\u0007\\u001b Muster\","
                        + "\"email\":\"a@example.com\"},\"role\":\"customer\",\"customer\":{\"id\":\""
                        + SandboxDemo.CUSTOMER_ID + "\",\"name\":\"\\u2067Muster GmbH\\u2069\"}}")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/" + path
                        + (query == null ? "" : "?" + query)));
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null) {
                    forward.header("Authorization", authorization);
                }
                try {
                    HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                    status = answer.statusCode();
                    body = answer.body();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    status = 503;
                    body = new byte[0];
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private String problemText() {
        return robot.lookup("#connection-problem").queryAs(Label.class).getText();
    }

    private String tokenFile(String token) throws IOException {
        return java.nio.file.Files.writeString(dataDir.resolve("token"), token).toString();
    }

    private String tokenFile() throws IOException {
        return java.nio.file.Files.writeString(dataDir.resolve("token"), "test-token").toString();
    }
}
