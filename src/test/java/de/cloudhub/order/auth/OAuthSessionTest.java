package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.testing.Wait;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session against a real (tiny) authorization server over loopback HTTP. */
class OAuthSessionTest {
    @TempDir
    Path dir;
    private TinyAuthServer server;
    private MemorySecretStore keyring;
    private SignInServices services;
    private final List<SignedOutListener.Why> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new TinyAuthServer();
        keyring = new MemorySecretStore();
        services = servicesFor(server.apiBaseUrl());
        services.session().addSignedOutListener(told::add);
    }

    @AfterEach
    void stop() {
        services.close();
        server.close();
    }

    @Test
    void concurrentCallersWaitForOneRefreshAndAllGetItsToken() throws Exception {
        signIn();
        server.accessLifetimeSeconds = 1;
        String first = forceRenewal();
        int before = server.refreshes.get();

        List<Future<Optional<String>>> answers = sixCallersOneRefreshHeld(first);

        Set<String> tokens = new java.util.HashSet<>();
        for (Future<Optional<String>> answer : answers) {
            tokens.add(answer.get(5, TimeUnit.SECONDS).orElseThrow());
        }
        assertThat(tokens).hasSize(1).doesNotContain(first);
        assertThat(server.refreshes.get() - before).isEqualTo(1);
    }

    @Test
    void callersThatWaitedForARefreshWithoutAnswerShareItsFailureAndTheNextCallTriesAgain() throws Exception {
        signIn();
        String rejected = services.session().accessToken().orElseThrow();
        server.refreshFailure = 503;
        int before = server.refreshes.get();

        List<Future<Optional<String>>> answers = sixCallersOneRefreshHeld(rejected);

        for (Future<Optional<String>> answer : answers) {
            assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SessionUnavailableException.class);
        }
        assertThat(server.refreshes.get() - before).as("one refresh for all six").isEqualTo(1);
        server.refreshFailure = 0;
        // a call after that failure (Retry) does not take it over: it asks the server again
        assertThat(services.session().renewAfterRejection(rejected)).isPresent();
        assertThat(told).isEmpty();
    }

    /**
     * Six callers renew after {@code rejected} was refused while the server holds the first refresh: one caller
     * is inside it, the five others wait for it; then the server answers. Returns their answers.
     */
    private List<Future<Optional<String>>> sixCallersOneRefreshHeld(String rejected) {
        CountDownLatch gate = new CountDownLatch(1);
        server.refreshGate = gate;
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<Optional<String>>> answers = new ArrayList<>();
            List<Thread> threads = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(callers.submit(() -> {
                    threads.add(Thread.currentThread());
                    return services.session().renewAfterRejection(rejected);
                }));
            }
            Wait.until("six callers asked", Duration.ofSeconds(5), () -> threads.size() == 6 && threads.stream()
                    .filter(t -> t.getState() == Thread.State.BLOCKED).count() == 5);
            gate.countDown();
            for (Future<Optional<String>> answer : answers) {
                try {
                    answer.get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                         | InterruptedException ignored) {
                    // the callers' outcomes are the test's to judge
                }
            }
            return answers;
        } finally {
            server.refreshGate = null;
            callers.shutdown();
        }
    }

    @Test
    void theRotatedRefreshTokenIsStoredAtOnceAndTheOldOneIsDead() {
        signIn();
        String beforeRefresh = stored().orElseThrow();

        forceRenewal();

        String afterRefresh = stored().orElseThrow();
        assertThat(afterRefresh).isNotEqualTo(beforeRefresh);
        assertThat(server.accepts(afterRefresh)).isTrue();
        assertThat(server.accepts(beforeRefresh)).isFalse();
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeItIsUsed() {
        server.accessLifetimeSeconds = 2;
        signIn();
        String first = services.session().accessToken().orElseThrow();

        // the last quarter of a 2 s token: renewed from then on without any 401
        Wait.until("the token renewed ahead of its expiry", Duration.ofSeconds(5),
                () -> !services.session().accessToken().orElseThrow().equals(first));
        assertThat(told).isEmpty();
    }

    @Test
    void aRejectedTokenThatIsNoLongerCurrentIsNotRefreshedAgain() {
        signIn();
        String first = services.session().accessToken().orElseThrow();
        String second = forceRenewal();
        int before = server.refreshes.get();

        assertThat(services.session().renewAfterRejection(first)).hasValue(second);
        assertThat(server.refreshes.get()).isEqualTo(before);
    }

    @Test
    void invalidGrantEndsTheSessionDeletesTheStoredTokenAndTellsTheListeners() {
        signIn();
        server.revokeAll();

        assertThat(services.session().renewAfterRejection(services.session().accessToken().orElseThrow())).isEmpty();

        assertThat(told).containsExactly(SignedOutListener.Why.SESSION_ENDED);
        assertThat(services.session().isSignedIn()).isFalse();
        assertThat(services.session().accessToken()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void signOutRevokesTheRefreshTokenAndDeletesIt() {
        signIn();
        String refresh = stored().orElseThrow();

        services.session().signOut();

        assertThat(server.revocations.get()).isEqualTo(1);
        assertThat(server.accepts(refresh)).isFalse();
        assertThat(stored()).isEmpty();
        assertThat(services.session().accessToken()).isEmpty();
        assertThat(told).containsExactly(SignedOutListener.Why.SIGNED_OUT);
    }

    @Test
    void aKeptSessionIsRestoredAtTheNextStart() {
        signIn();
        services.close();

        services = servicesFor(server.apiBaseUrl());

        assertThat(services.session().restore()).isEqualTo(RestoreOutcome.RESTORED);
        assertThat(services.session().accessToken()).isPresent();
    }

    @Test
    void offlineAtStartKeepsTheStoredTokenAndSaysNotReachable() throws Exception {
        signIn();
        String refresh = stored().orElseThrow();
        services.close();
        server.close();
        // the same origin, now without a server: connection refused
        services = servicesFor(server.apiBaseUrl());

        assertThat(services.session().restore()).isEqualTo(RestoreOutcome.NOT_REACHABLE);

        assertThat(stored()).hasValue(refresh);
        assertThat(services.session().isSignedIn()).isTrue();
        assertThat(told).isEmpty();
    }

    @Test
    void aRefreshWithoutAnAnswerKeepsTheSessionAndSaysSoInsteadOfGivingTheRejectedToken() {
        signIn();
        String refresh = stored().orElseThrow();
        String rejected = services.session().accessToken().orElseThrow();
        server.refreshFailure = 503;

        assertThatThrownBy(() -> services.session().renewAfterRejection(rejected))
                .isInstanceOf(SessionUnavailableException.class).hasMessageContaining("503");

        assertThat(services.session().isSignedIn()).isTrue();
        assertThat(stored()).hasValue(refresh);
        assertThat(told).isEmpty();
        server.refreshFailure = 0;
        assertThat(services.session().renewAfterRejection(rejected)).hasValueSatisfying(t -> assertThat(t).isNotEqualTo(rejected));
    }

    @Test
    void afterARestoreThatReachedNoServerATokenIsAskedForAgainAndItsFailureIsNoSignOut() {
        signIn();
        services.close();
        server.refreshFailure = 502;
        services = servicesFor(server.apiBaseUrl());
        services.session().addSignedOutListener(told::add);
        assertThat(services.session().restore()).isEqualTo(RestoreOutcome.NOT_REACHABLE);

        // no access token to fall back on: never an empty answer, which would send the call without one
        assertThatThrownBy(() -> services.session().accessToken()).isInstanceOf(SessionUnavailableException.class);
        assertThat(services.session().isSignedIn()).isTrue();
        assertThat(told).isEmpty();

        server.refreshFailure = 0;
        assertThat(services.session().accessToken()).isPresent();
    }

    @Test
    void anExpiringTokenIsStillGivenWhenItsEarlyRenewalGetsNoAnswer() {
        server.accessLifetimeSeconds = 2;
        signIn();
        String first = services.session().accessToken().orElseThrow();
        server.refreshFailure = 503;
        int before = server.refreshes.get();

        // in its last quarter the token is renewed first; without an answer the old one still goes out
        Wait.until("an early renewal tried", Duration.ofSeconds(5), () -> {
            services.session().accessToken();
            return server.refreshes.get() > before;
        });
        assertThat(services.session().accessToken()).hasValue(first);
        assertThat(told).isEmpty();
    }

    @Test
    void aStoredTokenTheServerRefusesIsDeletedAtStart() {
        signIn();
        services.close();
        server.revokeAll();
        services = servicesFor(server.apiBaseUrl());

        assertThat(services.session().restore()).isEqualTo(RestoreOutcome.SIGNED_OUT);
        assertThat(stored()).isEmpty();
    }

    @Test
    void nothingStoredNeedsASignIn() {
        assertThat(services.session().restore()).isEqualTo(RestoreOutcome.NOTHING_STORED);
        assertThat(services.session().accessToken()).isEmpty();
    }

    private SignInServices servicesFor(URI apiBaseUrl) {
        return new SignInServices(apiBaseUrl, new AuthHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), null),
                CompletableFuture.completedFuture(Optional.of(keyring)), new FileSecretStore(dir),
                CallbackPages.ENGLISH, Duration.ofSeconds(10), Clock.systemUTC());
    }

    private void signIn() {
        SignInTesting.signIn(services);
    }

    /** Makes the session renew now, as after a 401; returns the new access token. */
    private String forceRenewal() {
        String current = services.session().accessToken().orElseThrow();
        return services.session().renewAfterRejection(current).orElseThrow();
    }

    private Optional<String> stored() {
        return keyring.read(SessionStorage.keyFor(server.origin()));
    }
}
