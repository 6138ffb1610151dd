package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.api.BearerTokens;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.TestBrowser;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in end to end against the sandbox's authorization server: {@link TestBrowser} plays the person's
 * browser, the API client gets its token from the session through the {@link BearerTokens} seam, as in the app.
 */
class SandboxSignInTest {
    private static final LoopbackSandbox SANDBOX = new LoopbackSandbox();

    @TempDir
    Path dir;
    private final TestBrowser browser = new TestBrowser();
    private final MemorySecretStore keyring = new MemorySecretStore();
    private final List<SignedOutListener.Why> told = new CopyOnWriteArrayList<>();
    private SignInServices services;
    private ApiClient api;

    @BeforeEach
    void start() {
        SANDBOX.reset();
        services = servicesFor(Duration.ofSeconds(10));
        services.session().addSignedOutListener(told::add);
        OAuthSession session = services.session();
        api = new ApiClient(ApiConfig.defaults(SANDBOX.baseUri(), null, "test"),
                BearerTokens.of(session::accessToken, session::renewAfterRejection));
    }

    @AfterEach
    void stop() {
        api.close();
        services.close();
    }

    @AfterAll
    static void closeSandbox() {
        SANDBOX.close();
    }

    @Test
    void aCustomerSignsInThroughTheBrowserAndTheApiKnowsThem() throws Exception {
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);

        TestBrowser.Answer shown = browser.signInAndDeliver(pending.authorizationUri(), TestBrowser.CUSTOMER);
        pending.completion().get(10, TimeUnit.SECONDS);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("You can close this tab");
        assertThat(api.me().role()).isEqualTo("customer");
        assertThat(keyring.read(SessionStorage.keyFor(SANDBOX.baseUri()))).isPresent();
    }

    @Test
    void aRedirectWithAnotherStateIsRefusedAndTheSignInFails() throws Exception {
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
        URI location = browser.signIn(pending.authorizationUri(), TestBrowser.CUSTOMER);

        TestBrowser.Answer shown = browser.deliver(URI.create(location.toString()
                .replaceAll("state=[^&]*", "state=forged")));

        assertThat(shown.status()).isEqualTo(400);
        assertThat(shown.body()).contains("state_mismatch");
        assertThat(BrowserSignInTest.reasonOf(pending)).isEqualTo(SignInException.Reason.STATE_MISMATCH);
        assertThat(services.session().isSignedIn()).isFalse();
    }

    @Test
    void theReceiverTakesOneAnswerAndThenIsGone() throws Exception {
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
        URI location = browser.signIn(pending.authorizationUri(), TestBrowser.CUSTOMER);

        browser.deliver(location);
        pending.completion().get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> {
            try (Socket again = new Socket()) {
                again.connect(new InetSocketAddress("127.0.0.1", location.getPort()), 1000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void theReceiverClosesWhenNoAnswerCameInTime() throws Exception {
        services.close();
        services = servicesFor(Duration.ofMillis(300));
        PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
        URI location = browser.signIn(pending.authorizationUri(), TestBrowser.CUSTOMER);

        assertThat(BrowserSignInTest.reasonOf(pending)).isEqualTo(SignInException.Reason.TIMED_OUT);
        assertThatThrownBy(() -> browser.deliver(location)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void anExpiredAccessTokenIsRenewedWithoutThePersonNoticing() {
        signInAs(TestBrowser.CUSTOMER);
        SANDBOX.control("{\"expireAccessTokens\":true}");

        assertThat(api.me().role()).isEqualTo("customer");
        assertThat(told).isEmpty();
    }

    @Test
    void aShortLivedAccessTokenIsRenewedBeforeItRunsOut() {
        SANDBOX.control("{\"tokenLifetimes\":{\"accessSeconds\":1}}");
        signInAs(TestBrowser.CUSTOMER);
        String first = services.session().accessToken().orElseThrow();

        de.cloudhub.order.testing.Wait.until("a renewed token", Duration.ofSeconds(5),
                () -> !services.session().accessToken().orElseThrow().equals(first));
        assertThat(api.me().role()).isEqualTo("customer");
        assertThat(told).isEmpty();
    }

    @Test
    void aRevokedSessionTellsTheSignedOutListenerAndTheCallSaysSignedOut() {
        signInAs(TestBrowser.CUSTOMER);
        SANDBOX.control("{\"revokeTokensOf\":\"customer\"}");

        assertThatThrownBy(api::me).satisfies(e -> assertThat(ApiFailure.of(e)).isEqualTo(ApiFailure.SIGNED_OUT));

        assertThat(told).containsExactly(SignedOutListener.Why.SESSION_ENDED);
        assertThat(keyring.read(SessionStorage.keyFor(SANDBOX.baseUri()))).isEmpty();
    }

    @Test
    void aReusedRefreshTokenEndsTheSession() throws Exception {
        signInAs(TestBrowser.CUSTOMER);
        String stolen = keyring.read(SessionStorage.keyFor(SANDBOX.baseUri())).orElseThrow();
        // the app rotates it; then someone else presents the old one: the server ends the whole family
        services.session().renewAfterRejection(services.session().accessToken().orElseThrow());
        TokenClient thief = new TokenClient(new MetadataDiscovery(SANDBOX.baseUri(), AuthHttp.defaults()),
                AuthHttp.defaults());
        assertThatThrownBy(() -> thief.refresh(stolen)).isInstanceOf(SignInException.class);

        services.session().renewAfterRejection(services.session().accessToken().orElseThrow());

        assertThat(told).containsExactly(SignedOutListener.Why.SESSION_ENDED);
        assertThat(services.session().isSignedIn()).isFalse();
    }

    @Test
    void signingOutRevokesTheRefreshTokenAndDeletesIt() throws Exception {
        signInAs(TestBrowser.SALES);
        String refresh = keyring.read(SessionStorage.keyFor(SANDBOX.baseUri())).orElseThrow();

        services.session().signOut();

        assertThat(keyring.read(SessionStorage.keyFor(SANDBOX.baseUri()))).isEmpty();
        TokenClient anyone = new TokenClient(new MetadataDiscovery(SANDBOX.baseUri(), AuthHttp.defaults()),
                AuthHttp.defaults());
        assertThatThrownBy(() -> anyone.refresh(refresh)).isInstanceOf(SignInException.class)
                .extracting(e -> ((SignInException) e).reason()).isEqualTo(SignInException.Reason.REFUSED);
        assertThat(told).containsExactly(SignedOutListener.Why.SIGNED_OUT);
    }

    @Test
    void theNextStartIsSignedInFromTheKeptSession() {
        signInAs(TestBrowser.SALES);
        services.close();

        services = servicesFor(Duration.ofSeconds(10));

        assertThat(services.session().restore()).isEqualTo(RestoreOutcome.RESTORED);
    }

    private void signInAs(String user) {
        try {
            PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
            browser.signInAndDeliver(pending.authorizationUri(), user);
            pending.completion().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the sign-in failed", e);
        }
    }

    private SignInServices servicesFor(Duration answerTimeout) {
        return new SignInServices(SANDBOX.baseUri(), new AuthHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), null),
                CompletableFuture.completedFuture(Optional.of(keyring)), new FileSecretStore(dir),
                CallbackPages.ENGLISH, answerTimeout, Clock.systemUTC());
    }
}
