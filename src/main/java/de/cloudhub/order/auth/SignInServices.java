package de.cloudhub.order.auth;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Everything sign-in needs for one endpoint, built in the right order: the metadata, the token client, where the
 * session is kept (keyring probed now, off the calling thread), the session and the browser sign-in. The
 * composition root makes one per API endpoint and closes it when the app ends or the endpoint changes.
 */
public final class SignInServices implements AutoCloseable {
    /** How long the keyring may take to answer its probe before the session is kept in memory instead. */
    public static final Duration KEYRING_PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final MetadataDiscovery discovery;
    private final SessionStorage storage;
    private final OAuthSession session;
    private final BrowserSignIn signIn;
    private final CompletableFuture<? extends Optional<? extends SecretStore>> keyring;

    /**
     * @param keyring       the probed keyring, e.g. {@link #probeKeyring(URI)}; empty without one
     * @param rememberFile  where "Remember me on this computer" keeps the session (without a keyring)
     */
    public SignInServices(URI apiBaseUrl, AuthHttp http, CompletableFuture<? extends Optional<? extends SecretStore>> keyring,
                          SecretStore rememberFile, CallbackPages pages, Duration answerTimeout, Clock clock) {
        this(apiBaseUrl, http, keyring, rememberFile, pages, answerTimeout, clock, CodeVerifier::new);
    }

    SignInServices(URI apiBaseUrl, AuthHttp http, CompletableFuture<? extends Optional<? extends SecretStore>> keyring,
                   SecretStore rememberFile, CallbackPages pages, Duration answerTimeout, Clock clock,
                   Supplier<CodeVerifier> verifiers) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.discovery = new MetadataDiscovery(apiBaseUrl, http);
        TokenClient tokens = new TokenClient(discovery, http);
        this.storage = new SessionStorage(discovery.origin(), keyring, new MemorySecretStore(), rememberFile);
        this.session = new OAuthSession(tokens, storage, discovery.origin(), clock);
        this.signIn = new BrowserSignIn(discovery, tokens, session, storage, pages, answerTimeout, verifiers);
    }

    /**
     * The app's setup: default timeouts, the OS keyring (probed for {@link #KEYRING_PROBE_TIMEOUT}), the opt-in
     * file below {@code sessionFolder} (e.g. {@code <data folder>/session}), the system clock.
     */
    public static SignInServices forApp(URI apiBaseUrl, Path sessionFolder, CallbackPages pages) {
        return new SignInServices(apiBaseUrl, AuthHttp.defaults(), probeKeyring(apiBaseUrl),
                new FileSecretStore(sessionFolder), pages, BrowserSignIn.DEFAULT_ANSWER_TIMEOUT, Clock.systemUTC());
    }

    /** Probes the OS keyring by reading this endpoint's own entry; completes within the probe timeout. */
    public static CompletableFuture<Optional<KeyringSecretStore>> probeKeyring(URI apiBaseUrl) {
        return KeyringSecretStore.probe(SessionStorage.keyFor(apiBaseUrl), KEYRING_PROBE_TIMEOUT);
    }

    /** The API's origin these services sign in to. */
    public URI origin() {
        return discovery.origin();
    }

    public OAuthSession session() {
        return session;
    }

    public SignInFlow signIn() {
        return signIn;
    }

    @Override
    public void close() {
        signIn.close();
        keyring.thenAccept(found -> found.ifPresent(store -> {
            if (store instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing a keyring connection at exit: nothing left to do about a failure
                }
            }
        }));
    }

    @Override
    public String toString() {
        return "SignInServices[" + discovery.origin() + "]";
    }
}
