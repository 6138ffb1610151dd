package de.cloudhub.order.auth;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** One sign-in waiting for the browser: the link to open, and the future its receiver and code exchange end. */
final class PendingBrowserSignIn implements PendingSignIn {
    private final URI authorizationUri;
    private final LoopbackReceiver receiver;
    private final CompletableFuture<Void> completion;

    PendingBrowserSignIn(URI authorizationUri, LoopbackReceiver receiver, CompletableFuture<Void> completion) {
        this.authorizationUri = Objects.requireNonNull(authorizationUri, "authorizationUri");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.completion = Objects.requireNonNull(completion, "completion");
    }

    @Override
    public URI authorizationUri() {
        return authorizationUri;
    }

    @Override
    public CompletableFuture<Void> completion() {
        return completion;
    }

    @Override
    public void cancel() {
        // first the completion, so it ends cancelled rather than failed by the receiver's cancellation
        completion.cancel(false);
        receiver.close();
    }

    /** The port only: the link holds the state and the code challenge, which the log does not need. */
    @Override
    public String toString() {
        return "PendingBrowserSignIn[" + receiver + "]";
    }
}
