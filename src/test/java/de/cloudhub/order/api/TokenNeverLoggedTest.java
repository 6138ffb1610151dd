package de.cloudhub.order.api;

import static de.cloudhub.order.testing.SandboxDemo.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.SandboxDemo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs the client through success and every kind of failure with the root logger at DEBUG and checks
 * that neither the log nor any exception ever shows the token.
 */
class TokenNeverLoggedTest {
    private static final String UNKNOWN_SECRET = "sk-" + UUID.randomUUID();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Throwable> failures = new ArrayList<>();
    private Level rootLevel;
    private SandboxFixture sandbox;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        sandbox = new SandboxFixture();
        sandbox.reset();
    }

    @AfterEach
    void restore() {
        sandbox.close();
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
    }

    @Test
    void theTokenAppearsInNoLogLineAndNoException() {
        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            OrderRequest order = SandboxDemo.validOrder(client.catalog(), client.terms().version());
            client.me();
            client.placeOrder(order, UUID.randomUUID());
            sandbox.fault("POST", "/orders", "close-after-store", 3, "");
            record(() -> client.placeOrder(order, UUID.randomUUID()));
            sandbox.fault("GET", "/catalog", "malformed-json", 1, "");
            record(() -> client.catalog(null));
            sandbox.fault("GET", "/catalog", "oversized-body", 1, "");
            record(() -> client.catalog(null));
            sandbox.fault("GET", "/me", "http-500", 3, "");
            record(client::me);
            record(() -> client.customers("x", 5));
            record(() -> client.order("no-such-order"));
            sandbox.control("{\"prices\":{\"nodeSizes\":{\"a4-16\":\"1.00\"}}}");
            record(() -> client.placeOrder(order, UUID.randomUUID()));
            assertThat(client.toString()).doesNotContain(CUSTOMER_TOKEN);
        }
        try (ApiClient stranger = sandbox.client(UNKNOWN_SECRET)) {
            record(stranger::me);
        }
        record(() -> new ApiClient(TestConfigs.fast(URI.create("http://api.example.com/api/v1"), UNKNOWN_SECRET)));

        assertThat(failures).hasSizeGreaterThanOrEqualTo(8);
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("POST /api/v1/orders -> 201 in "))
                .anyMatch(line -> line.contains("GET /api/v1/me -> 500"));
        for (ILoggingEvent event : captured.list) {
            assertThat(render(event)).doesNotContain(CUSTOMER_TOKEN).doesNotContain(UNKNOWN_SECRET);
        }
        for (Throwable failure : failures) {
            assertThat(stackTraceOf(failure)).doesNotContain(CUSTOMER_TOKEN).doesNotContain(UNKNOWN_SECRET);
        }
    }

    @Test
    void aClientWithATokenRefusesToStartWhileHttpHeadersAreLoggedAtDebug() {
        Logger headers = (Logger) LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
        Level before = headers.getLevel();
        headers.setLevel(Level.DEBUG);
        try {
            assertThatThrownBy(() -> sandbox.client(CUSTOMER_TOKEN))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("org.apache.hc.client5.http.headers")
                    .hasMessageNotContaining(CUSTOMER_TOKEN);
        } finally {
            headers.setLevel(before);
        }
    }

    private void record(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append('\n');
        text.append(event.getMDCPropertyMap()).append('\n');
        if (event.getArgumentArray() != null) {
            for (Object arg : event.getArgumentArray()) {
                text.append(arg).append('\n');
            }
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append(frame.getSTEAsString()).append('\n');
            }
        }
        return text.toString();
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out + "\n" + failure;
    }
}
