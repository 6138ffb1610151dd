package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A real https endpoint is reached through the configured proxy: a tiny proxy on loopback records the
 * {@code CONNECT} request heads it receives (and can ask for credentials) and then hangs up, so the
 * call fails fast without any real network. The target host cannot be resolved, which proves the
 * client left name resolution to the proxy.
 */
class ProxyConnectTest {
    private static final URI UNRESOLVABLE_API = URI.create("https://api.cloudhub.invalid/api/v1");
    private static final String PASSWORD = "pw-" + UUID.randomUUID();

    private final List<List<String>> heads = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level rootLevel;
    private ServerSocket proxy;
    private volatile boolean askForCredentials;
    private Thread acceptor;

    @BeforeEach
    void startProxy() throws IOException {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        proxy = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "fake-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopProxy() throws Exception {
        proxy.close();
        acceptor.join(5_000);
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
    }

    private void serve() {
        while (!proxy.isClosed()) {
            try (Socket connection = proxy.accept()) {
                connection.setSoTimeout(5_000);
                answer(connection);
            } catch (SocketException closed) {
                return;
            } catch (IOException brokenConnection) {
                // the next connection gets a fresh try
            }
        }
    }

    /** Records each request head; asks for credentials when configured to, then hangs up. */
    private void answer(Socket connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                StandardCharsets.ISO_8859_1));
        OutputStream out = connection.getOutputStream();
        while (true) {
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            if (head.isEmpty()) {
                return;
            }
            heads.add(head);
            boolean authorised = head.stream().anyMatch(h -> h.toLowerCase().startsWith("proxy-authorization:"));
            if (!askForCredentials || authorised) {
                return;
            }
            out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    private ApiClient clientVia(String proxyUrl) {
        ApiConfig config = new ApiConfig(UNRESOLVABLE_API, "proxy-test-token", Duration.ofSeconds(2),
                Duration.ofSeconds(2), 1, Duration.ZERO, TestConfigs.USER_AGENT, ProxySettings.parse(proxyUrl, null));
        return new ApiClient(config);
    }

    private String proxyAddress() {
        return "127.0.0.1:" + proxy.getLocalPort();
    }

    @Test
    void aRealEndpointIsReachedThroughTheProxyWithConnect() {
        try (ApiClient client = clientVia("http://" + proxyAddress())) {
            assertThatThrownBy(client::me).isInstanceOf(ApiException.class);
        }

        assertThat(heads).isNotEmpty();
        assertThat(heads.get(0).get(0)).isEqualTo("CONNECT api.cloudhub.invalid:443 HTTP/1.1");
    }

    @Test
    void theProxyPasswordAnswersTheChallengeAndIsNeverLoggedOrShown() {
        askForCredentials = true;
        List<Throwable> failures = new ArrayList<>();
        try (ApiClient client = clientVia("http://alice:" + PASSWORD + "@" + proxyAddress())) {
            failures.add(catchThrowable(client::me));
            assertThat(client.toString()).doesNotContain(PASSWORD);
        }

        String expected = "Proxy-Authorization: Basic "
                + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(heads).hasSizeGreaterThanOrEqualTo(2);
        assertThat(heads.get(heads.size() - 1)).contains(expected);
        assertThat(failures).singleElement().isInstanceOf(ApiException.class);
        assertThat(stackTraceOf(failures.get(0))).doesNotContain(PASSWORD);
        for (ILoggingEvent event : captured.list) {
            assertThat(render(event)).doesNotContain(PASSWORD);
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append('\n');
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out + "\n" + failure;
    }
}
