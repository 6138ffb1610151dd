package de.cloudhub.order.app;

import de.cloudhub.order.api.BearerTokens;
import de.cloudhub.order.auth.CallbackPages;
import de.cloudhub.order.auth.OAuthSession;
import de.cloudhub.order.auth.RestoreOutcome;
import de.cloudhub.order.auth.SignInFlow;
import de.cloudhub.order.auth.SessionUnavailableException;
import de.cloudhub.order.auth.SignInServices;
import de.cloudhub.order.auth.AuthHttp;
import de.cloudhub.order.auth.BrowserSignIn;
import de.cloudhub.order.auth.FileSecretStore;
import de.cloudhub.order.auth.MemorySecretStore;
import de.cloudhub.order.auth.SecretStore;
import de.cloudhub.order.ui.common.I18n;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser sign-in of a start with a real endpoint and no token given: the session (kept in the OS keyring,
 * in memory, or in the opt-in file below the data folder), restored from what was kept as soon as the start
 * begins, and the API client's tokens from it. A call to the API waits for that restore, so that the first
 * requests go out signed in rather than as a 401 that would end a session that was only still loading.
 */
final class AccountSignIn implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountSignIn.class);
    /** Below the data folder: the "Remember me on this computer" file (only without a keyring). */
    static final String SESSION_FOLDER = "session";
    /**
     * {@code -Dcloudhub.order.keyring=none} keeps sessions out of the OS keyring (the tests set it: their
     * sandbox sessions must never land in a developer's keychain).
     */
    static final String KEYRING_PROPERTY = "cloudhub.order.keyring";
    /**
     * {@code -Dcloudhub.order.keyring=process}: a keyring that lives as long as this JVM, for the tests of a session
     * kept across app starts (the real keyring's own test is KeyringSecretStoreTest, where a Secret Service runs).
     */
    private static final MemorySecretStore PROCESS_KEYRING = new MemorySecretStore();

    private final SignInServices services;
    private final CompletableFuture<RestoreOutcome> restored;

    private AccountSignIn(SignInServices services, CompletableFuture<RestoreOutcome> restored) {
        this.services = services;
        this.restored = restored;
    }

    /** Sets up the sign-in for {@code baseUrl} and begins restoring the kept session on {@code background}. */
    static AccountSignIn start(URI baseUrl, Path dataDir, Locale locale, de.cloudhub.order.api.ProxySettings proxy,
                               Executor background) {
        I18n t = new I18n(locale);
        CallbackPages pages = new CallbackPages(locale.toLanguageTag(), t.t("signin.page.done"), t.t("signin.page.failed"));
        SignInServices services = new SignInServices(baseUrl, http(baseUrl, proxy), keyring(baseUrl),
                new FileSecretStore(dataDir.resolve(SESSION_FOLDER)), pages, BrowserSignIn.DEFAULT_ANSWER_TIMEOUT,
                Clock.systemUTC());
        CompletableFuture<RestoreOutcome> restored = CompletableFuture.supplyAsync(() -> {
            RestoreOutcome outcome = services.session().restore();
            LOG.info("The kept session with {}: {}", services.origin(), outcome);
            return outcome;
        }, background).exceptionally(e -> {
            LOG.warn("Restoring the kept session failed", e);
            return RestoreOutcome.NOT_REACHABLE;
        });
        return new AccountSignIn(services, restored);
    }

    /** The OS keyring, probed; none or this JVM's stand-in when {@link #KEYRING_PROPERTY} says so. */
    private static CompletableFuture<? extends Optional<? extends SecretStore>> keyring(URI baseUrl) {
        String chosen = System.getProperty(KEYRING_PROPERTY, "");
        if ("none".equals(chosen)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if ("process".equals(chosen)) {
            return CompletableFuture.completedFuture(Optional.of(PROCESS_KEYRING));
        }
        return SignInServices.probeKeyring(baseUrl);
    }

    /**
     * Sign-in requests go where the API's do: through the proxy the app uses for the API ({@code HTTPS_PROXY},
     * unless {@code NO_PROXY} names the host), else as the JVM's proxy selector decides.
     */
    private static AuthHttp http(URI baseUrl, de.cloudhub.order.api.ProxySettings proxy) {
        AuthHttp defaults = AuthHttp.defaults();
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
        if (proxy == null || !proxy.appliesTo(baseUrl.getHost(), port)) {
            return defaults;
        }
        return new AuthHttp(defaults.connectTimeout(), defaults.readTimeout(), new java.net.Proxy(java.net.Proxy.Type.HTTP,
                java.net.InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
    }

    /** The API client's tokens: the session's, once its restore is done. */
    BearerTokens tokens() {
        OAuthSession session = services.session();
        return BearerTokens.of(() -> {
            restored.join();
            try {
                return session.accessToken();
            } catch (SessionUnavailableException noAnswer) {
                throw new BearerTokens.Unavailable(noAnswer.getMessage(), noAnswer);
            }
        }, rejected -> {
            restored.join();
            try {
                return session.renewAfterRejection(rejected);
            } catch (SessionUnavailableException noAnswer) {
                throw new BearerTokens.Unavailable(noAnswer.getMessage(), noAnswer);
            }
        });
    }

    /** How the restore of the kept session ended. */
    CompletableFuture<RestoreOutcome> restored() {
        return restored;
    }

    OAuthSession session() {
        return services.session();
    }

    /** The sign-in for the sign-in window. */
    SignInFlow flow() {
        return services.signIn();
    }

    @Override
    public void close() {
        services.close();
    }

    @Override
    public String toString() {
        return "AccountSignIn[" + Objects.toString(services.origin()) + "]";
    }
}
