package de.cloudhub.order.auth;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** One sign-in under way: the link for the browser, and its end. */
public interface PendingSignIn {
    /** The authorization page to open in the browser (also what "Copy link" copies: it holds no secret). */
    URI authorizationUri();

    /**
     * Completes when the browser's answer arrived, its {@code state} matched and the code was exchanged for
     * tokens; fails with {@link SignInException} saying why, or is cancelled by {@link #cancel()}.
     */
    CompletableFuture<Void> completion();

    /** Gives up: the loopback receiver closes, {@link #completion()} is cancelled. Harmless when already done. */
    void cancel();
}
