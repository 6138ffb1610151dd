package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in flow end to end over loopback HTTP: metadata, link, browser, receiver, code exchange. */
class BrowserSignInTest {
    @TempDir
    Path dir;
    private TinyAuthServer server;
    private SignInServices services;

    @BeforeEach
    void start() throws Exception {
        server = new TinyAuthServer();
        services = servicesFor(server.apiBaseUrl(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        services.close();
        server.close();
    }

    @Test
    void theLinkAsksForACodeWithPkceS256AndAFreshStateForTheLoopbackRedirect() throws Exception {
        PendingSignIn first = services.signIn().begin().get(10, TimeUnit.SECONDS);
        Map<String, String> q = query(first.authorizationUri());
        first.cancel();
        PendingSignIn second = services.signIn().begin().get(10, TimeUnit.SECONDS);

        assertThat(first.authorizationUri().toString()).startsWith(server.origin() + "/oauth/authorize?");
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", "cloudhub-order-desktop")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state")
                .doesNotContainKey("code_verifier");
        assertThat(q.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        assertThat(query(second.authorizationUri()).get("state")).isNotEqualTo(q.get("state"));
        assertThat(query(second.authorizationUri()).get("code_challenge")).isNotEqualTo(q.get("code_challenge"));
        second.cancel();
    }

    @Test
    void aFullSignInStartsTheSessionAndKeepsTheRefreshToken() throws Exception {
        assertThat(services.signIn().keeping().get(5, TimeUnit.SECONDS)).isEqualTo(SessionKeeping.MEMORY);

        SignInTesting.signIn(services);

        assertThat(services.session().isSignedIn()).isTrue();
        assertThat(services.session().accessToken()).hasValueSatisfying(t -> assertThat(t).startsWith("at-"));
    }

    @Test
    void aSignInCancelledWhileItsCodeIsExchangedStartsNoSessionAndRevokesWhatItGot() throws Exception {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        server.codeGate = gate;
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
        Browsing.open(pending.authorizationUri());
        de.cloudhub.order.testing.Wait.until("the code exchange to be under way", Duration.ofSeconds(5),
                () -> server.exchanges.get() == 1);

        pending.cancel();
        gate.countDown();

        de.cloudhub.order.testing.Wait.until("the session the exchange got to be revoked", Duration.ofSeconds(5),
                () -> server.revocations.get() == 1);
        assertThat(services.session().isSignedIn()).isFalse();
        assertThat(pending.completion()).isCancelled();
    }

    @Test
    void theReceiverClosesAfterTheOneAnswer() throws Exception {
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
        int port = Integer.parseInt(query(pending.authorizationUri()).get("redirect_uri").replaceAll(".*:(\\d+)/.*", "$1"));

        Browsing.open(pending.authorizationUri());
        pending.completion().get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndItsCodeNeverExchanged() throws Exception {
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
        String redirect = query(pending.authorizationUri()).get("redirect_uri");

        assertThat(Browsing.open(URI.create(redirect + "?code=stolen&state=not-ours")).statusCode()).isEqualTo(400);

        assertThat(reasonOf(pending)).isEqualTo(SignInException.Reason.STATE_MISMATCH);
        assertThat(services.session().isSignedIn()).isFalse();
    }

    @Test
    void noAnswerInTimeEndsTheSignIn() throws Exception {
        services.close();
        services = servicesFor(server.apiBaseUrl(), Duration.ofMillis(300));

        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);

        assertThat(reasonOf(pending)).isEqualTo(SignInException.Reason.TIMED_OUT);
    }

    @Test
    void cancelEndsTheWaitingSignIn() throws Exception {
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);

        pending.cancel();

        assertThat(pending.completion()).isCancelled();
        assertThatThrownBy(() -> Browsing.open(pending.authorizationUri())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aServerThatCannotBeReachedFailsTheBeginning() throws Exception {
        server.close();

        assertThat(beginFailure()).isEqualTo(SignInException.Reason.UNREACHABLE);
    }

    @Test
    void metadataNamingAnotherIssuerIsRefused() {
        server.issuerOverride = "https://elsewhere.example";

        assertThat(beginFailure()).isEqualTo(SignInException.Reason.BAD_SERVER);
    }

    @Test
    void metadataWithoutS256IsRefused() {
        server.challengeMethods = "[\"plain\"]";

        assertThat(beginFailure()).isEqualTo(SignInException.Reason.BAD_SERVER);
    }

    @Test
    void rememberMeWithoutAKeyringKeepsTheSessionInTheFile() throws Exception {
        services.signIn().rememberOnThisComputer(true);
        assertThat(services.signIn().keeping().get(5, TimeUnit.SECONDS)).isEqualTo(SessionKeeping.FILE);

        SignInTesting.signIn(services);

        assertThat(new FileSecretStore(dir).read(SessionStorage.keyFor(server.origin()))).isPresent();
    }

    private SignInException.Reason beginFailure() {
        try {
            services.signIn().begin().get(10, TimeUnit.SECONDS).cancel();
            throw new AssertionError("the sign-in began");
        } catch (ExecutionException failed) {
            return ((SignInException) failed.getCause()).reason();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
    }

    static SignInException.Reason reasonOf(PendingSignIn pending) {
        try {
            pending.completion().get(10, TimeUnit.SECONDS);
            throw new AssertionError("the sign-in succeeded");
        } catch (ExecutionException failed) {
            return ((SignInException) failed.getCause()).reason();
        } catch (CancellationException | InterruptedException | java.util.concurrent.TimeoutException other) {
            throw new AssertionError(other);
        }
    }

    private SignInServices servicesFor(URI apiBaseUrl, Duration answerTimeout) {
        return new SignInServices(apiBaseUrl, new AuthHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), null),
                CompletableFuture.completedFuture(Optional.empty()), new FileSecretStore(dir),
                CallbackPages.ENGLISH, answerTimeout, Clock.systemUTC());
    }

    static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
