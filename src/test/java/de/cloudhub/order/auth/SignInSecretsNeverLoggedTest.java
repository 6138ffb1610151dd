package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.TestBrowser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A sign-in, a refresh, a failed sign-in and a sign-out with every logger at DEBUG: no code, verifier, access or
 * refresh token appears in a log line, an exception of the sign-in, or a toString of its objects.
 */
class SignInSecretsNeverLoggedTest {
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    @TempDir
    Path dir;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level rootLevel;
    private LoopbackSandbox sandbox;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        sandbox = new LoopbackSandbox();
    }

    @AfterEach
    void restore() {
        sandbox.close();
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
    }

    @Test
    void noSecretOfTheSignInIsEverWrittenOrShown() throws Exception {
        MemorySecretStore keyring = new MemorySecretStore();
        String key = SessionStorage.keyFor(sandbox.baseUri());
        List<String> secrets = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        TestBrowser browser = new TestBrowser();
        List<String> verifiers = new ArrayList<>();
        try (SignInServices services = new SignInServices(sandbox.baseUri(), AuthHttp.defaults(),
                CompletableFuture.completedFuture(Optional.of(keyring)), new FileSecretStore(dir),
                CallbackPages.ENGLISH, Duration.ofSeconds(10), Clock.systemUTC(), () -> {
                    CodeVerifier verifier = new CodeVerifier();
                    verifiers.add(verifier.getValue());
                    return verifier;
                })) {
            PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
            URI location = browser.signIn(pending.authorizationUri(), TestBrowser.CUSTOMER);
            secrets.add(codeOf(location));
            browser.deliver(location);
            pending.completion().get(10, TimeUnit.SECONDS);
            shown.add(pending.toString());
            OAuthSession session = services.session();
            secrets.add(session.accessToken().orElseThrow());
            secrets.add(keyring.read(key).orElseThrow());

            secrets.add(session.renewAfterRejection(session.accessToken().orElseThrow()).orElseThrow());
            secrets.add(keyring.read(key).orElseThrow());

            // a refused exchange: the same code again
            PendingSignIn second = services.signIn().begin().get(10, TimeUnit.SECONDS);
            URI secondLocation = browser.signIn(second.authorizationUri(), TestBrowser.CUSTOMER);
            secrets.add(codeOf(secondLocation));
            browser.deliver(URI.create(secondLocation.toString().replace(codeOf(secondLocation), secrets.get(0))));
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> second.completion().get(10, TimeUnit.SECONDS));
            assertThat(((SignInException) refused.getCause()).reason()).isEqualTo(SignInException.Reason.REFUSED);
            shown.add(stackTraceOf(refused.getCause()));

            shown.add(services.toString());
            shown.add(session.toString());
            shown.add(keyring.toString());
            session.signOut();
            shown.add(session.toString());
        }
        assertThat(verifiers).hasSize(2);
        secrets.addAll(verifiers);

        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(8));
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("Signed in with"))
                .anyMatch(line -> line.contains("/token -> 200"))
                .anyMatch(line -> line.startsWith("Signed out of"));
        for (ILoggingEvent event : captured.list) {
            String text = render(event);
            for (String secret : secrets) {
                assertThat(text).as("log line %s", event.getFormattedMessage()).doesNotContain(secret);
            }
        }
        for (String text : shown) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    private static String codeOf(URI location) {
        Matcher m = CODE.matcher(location.toString());
        if (!m.find()) {
            throw new AssertionError("no code in the redirect");
        }
        return m.group(1);
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append('\n');
        Map<String, String> mdc = event.getMDCPropertyMap();
        text.append(mdc).append('\n');
        if (event.getArgumentArray() != null) {
            for (Object arg : event.getArgumentArray()) {
                text.append(arg).append('\n');
            }
        }
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
