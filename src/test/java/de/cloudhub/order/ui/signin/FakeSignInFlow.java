package de.cloudhub.order.ui.signin;

import de.cloudhub.order.auth.PendingSignIn;
import de.cloudhub.order.auth.SessionKeeping;
import de.cloudhub.order.auth.SignInException;
import de.cloudhub.order.auth.SignInFlow;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link SignInFlow} the test drives: {@link #begin()} hands out a future the test completes with
 * {@link #started()} or {@link #beginFails}, and each sign-in's end is completed by the test too.
 */
final class FakeSignInFlow implements SignInFlow {
    static final URI AUTHORIZE = URI.create("http://127.0.0.1:9/oauth/authorize?client_id=cloudhub-order-desktop&state=s1");

    /** One sign-in handed out. */
    static final class Pending implements PendingSignIn {
        final CompletableFuture<Void> completion = new CompletableFuture<>();
        volatile boolean cancelled;

        @Override
        public URI authorizationUri() {
            return AUTHORIZE;
        }

        @Override
        public CompletableFuture<Void> completion() {
            return completion;
        }

        @Override
        public void cancel() {
            cancelled = true;
            completion.cancel(false);
        }

        void succeed() {
            completion.complete(null);
        }

        void fail(SignInException.Reason reason) {
            completion.completeExceptionally(new SignInException(reason, "test: " + reason));
        }
    }

    final List<CompletableFuture<PendingSignIn>> begun = new CopyOnWriteArrayList<>();
    final List<Boolean> remembered = new CopyOnWriteArrayList<>();
    final CompletableFuture<SessionKeeping> keeping = new CompletableFuture<>();

    FakeSignInFlow() {
    }

    FakeSignInFlow(SessionKeeping kept) {
        keeping.complete(kept);
    }

    @Override
    public CompletableFuture<PendingSignIn> begin() {
        CompletableFuture<PendingSignIn> future = new CompletableFuture<>();
        begun.add(future);
        return future;
    }

    /** Lets the last {@link #begin()} succeed; returns its sign-in. */
    Pending started() {
        Pending pending = new Pending();
        last().complete(pending);
        return pending;
    }

    void beginFails(SignInException.Reason reason) {
        last().completeExceptionally(new SignInException(reason, "test: " + reason));
    }

    CompletableFuture<PendingSignIn> last() {
        return begun.get(begun.size() - 1);
    }

    @Override
    public CompletableFuture<SessionKeeping> keeping() {
        return keeping;
    }

    @Override
    public void rememberOnThisComputer(boolean remember) {
        remembered.add(remember);
    }
}
