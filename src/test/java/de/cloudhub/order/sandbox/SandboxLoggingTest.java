package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.RawHttp.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import de.cloudhub.order.testing.TestBrowser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SandboxLoggingTest extends SandboxTestBase {
    private final Logger sandboxLogger = (Logger) LoggerFactory.getLogger("de.cloudhub.order.sandbox");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = sandboxLogger.getLevel();
        sandboxLogger.setLevel(Level.DEBUG);
        appender.start();
        sandboxLogger.addAppender(appender);
    }

    @AfterEach
    void releaseLogs() {
        sandboxLogger.detachAppender(appender);
        sandboxLogger.setLevel(previousLevel);
    }

    @Test
    void tokensNeverAppearInTheLog() {
        http.control("{\"faults\":[{\"path\":\"/me\",\"kind\":\"close-after-store\"},"
                + "{\"path\":\"/terms\",\"kind\":\"http-500\"}]}");
        String unknown = "leaked-secret-token-4711";
        http.get("/catalog", CUSTOMER);
        http.get("/catalog", unknown);
        http.get("/terms", CUSTOMER);
        http.post("/orders", CUSTOMER, Orders.valid(), "Idempotency-Key", newKey());
        http.post("/orders", CUSTOMER, "{not json", "Idempotency-Key", newKey());
        try {
            http.get("/me", CUSTOMER);
        } catch (RuntimeException expectedDrop) {
            // the connection is dropped on purpose
        }

        List<String> lines = appender.list.stream()
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).noneMatch(l -> l.contains(CUSTOMER) || l.contains(unknown) || l.contains("Bearer"));
    }

    @Test
    void signInCodesTokensAndVerifiersNeverAppearInTheLog() {
        SignInCalls signIn = new SignInCalls(origin());
        String code = signIn.codeFor(TestBrowser.CUSTOMER);
        SignInCalls.Tokens first = signIn.tokens(signIn.exchange(code));
        SignInCalls.Tokens second = signIn.tokens(signIn.refresh(first.refresh()));
        signIn.me(second.access());
        signIn.refresh(first.refresh());
        signIn.exchange(code);
        signIn.revoke(second.refresh());
        String wrongVerifier = SignInCalls.randomText(48);
        signIn.exchange(signIn.codeFor(TestBrowser.SALES), wrongVerifier);

        List<String> lines = lines();
        assertThat(lines).anyMatch(l -> l.contains("invalid_grant"));
        assertThat(lines).noneMatch(l -> l.contains(code) || l.contains(first.access()) || l.contains(first.refresh())
                || l.contains(second.access()) || l.contains(second.refresh()) || l.contains(signIn.verifier)
                || l.contains(wrongVerifier) || l.contains(signIn.challenge));
    }

    private List<String> lines() {
        return appender.list.stream()
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }
}
