package de.cloudhub.order.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Signing a person in through the system browser (OAuth 2.0 for native apps, RFC 8252): the app's one
 * entry to sign-in, used by the sign-in window. Every method returns at once; the work runs off the
 * calling thread, and futures complete on a background thread.
 */
public interface SignInFlow {
    /**
     * Begins one sign-in: reads the server's metadata, opens the loopback receiver and makes the
     * authorization link (PKCE S256, a fresh {@code state}). The caller opens the link in the browser.
     * Fails with {@link SignInException} when the server cannot be reached or answers nonsense.
     */
    CompletableFuture<PendingSignIn> begin();

    /**
     * Where a session that signs in now will be kept: in the OS keyring, or (without one) in memory until
     * the app closes, unless {@link #rememberOnThisComputer(boolean)} chose the file readable only by the user.
     * Probing the keyring can take a while (or hang where no keyring daemon runs): this completes within
     * a few seconds in any case.
     */
    CompletableFuture<SessionKeeping> keeping();

    /** The person's explicit choice, offered only without a keyring: keep the session in a file of their own. */
    void rememberOnThisComputer(boolean remember);
}
