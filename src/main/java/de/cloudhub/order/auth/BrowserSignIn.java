package de.cloudhub.order.auth;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in through the system browser (RFC 8252) for {@link SignInFlow}: reads the server's metadata, opens a
 * {@link LoopbackReceiver}, makes the authorization link with a fresh PKCE S256 verifier (RFC 7636) and
 * {@code state}, and when the browser's answer arrives exchanges its code and starts the {@link OAuthSession}.
 * One sign-in at a time: beginning another cancels the one still waiting. The verifier and the code exist only
 * inside the one pending sign-in, never in a log line, an exception or a {@code toString()}.
 */
public final class BrowserSignIn implements SignInFlow, AutoCloseable {
    /** How long the browser may take; the person reads, types a password, maybe fetches a second factor. */
    public static final Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(BrowserSignIn.class);

    private final MetadataDiscovery discovery;
    private final TokenClient tokens;
    private final OAuthSession session;
    private final SessionStorage storage;
    private final CallbackPages pages;
    private final Duration answerTimeout;
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "sign-in");
        t.setDaemon(true);
        return t;
    });
    /** The person's keeping choices in the order made, and answers to {@link #keeping()} after them. */
    private final ExecutorService storageThread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "sign-in-storage");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<PendingSignIn> pending = new AtomicReference<>();
    private final Supplier<CodeVerifier> verifiers;

    public BrowserSignIn(MetadataDiscovery discovery, TokenClient tokens, OAuthSession session,
                         SessionStorage storage, CallbackPages pages, Duration answerTimeout) {
        this(discovery, tokens, session, storage, pages, answerTimeout, CodeVerifier::new);
    }

    /** {@code verifiers}: where each sign-in's PKCE verifier comes from (a test watches for it in the log). */
    BrowserSignIn(MetadataDiscovery discovery, TokenClient tokens, OAuthSession session, SessionStorage storage,
                  CallbackPages pages, Duration answerTimeout, Supplier<CodeVerifier> verifiers) {
        this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.session = Objects.requireNonNull(session, "session");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
    }

    @Override
    public CompletableFuture<PendingSignIn> begin() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return start();
            } catch (SignInException failed) {
                throw new CompletionException(failed);
            }
        }, background);
    }

    @Override
    public CompletableFuture<SessionKeeping> keeping() {
        // behind any "remember me" still being carried out, so the answer reflects the latest choice
        return CompletableFuture.supplyAsync(() -> null, storageThread).thenCompose(ignored -> storage.keeping());
    }

    @Override
    public void rememberOnThisComputer(boolean remember) {
        storageThread.execute(() -> storage.rememberOnThisComputer(remember));
    }

    private PendingSignIn start() throws SignInException {
        AuthEndpoints endpoints = discovery.endpoints();
        State state = new State();
        CodeVerifier verifier = verifiers.get();
        LoopbackReceiver receiver;
        try {
            receiver = LoopbackReceiver.open(state, answerTimeout, pages);
        } catch (IOException e) {
            throw new SignInException(SignInException.Reason.UNREACHABLE,
                    "Cannot open the loopback receiver on 127.0.0.1 (" + e.getClass().getSimpleName() + ")", e);
        }
        URI redirectUri = receiver.redirectUri();
        URI link = new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new ClientID(TokenClient.CLIENT_ID))
                .endpointURI(endpoints.authorization())
                .redirectionURI(redirectUri)
                .state(state)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>> self =
                new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<Void> completion = receiver.code()
                .thenAcceptAsync(code -> {
                    try {
                        TokenGrant grant = tokens.exchange(code, verifier, redirectUri);
                        CompletableFuture<Void> mine = self.get();
                        if (mine != null && mine.isCancelled()) {
                            // cancelled while the code was exchanged: no session the window does not show
                            forget(grant);
                            return;
                        }
                        session.start(grant);
                    } catch (SignInException failed) {
                        throw new CompletionException(failed);
                    }
                }, background);
        self.set(completion);
        PendingSignIn started = new PendingBrowserSignIn(link, receiver, completion);
        PendingSignIn previous = pending.getAndSet(started);
        if (previous != null) {
            previous.cancel();
        }
        completion.whenComplete((done, failure) -> {
            pending.compareAndSet(started, null);
            if (failure == null) {
                LOG.info("Signed in through the browser with {}", discovery.origin());
            } else if (!(failure instanceof CancellationException)) {
                LOG.info("The sign-in with {} did not succeed: {}", discovery.origin(), messageOf(failure));
            }
        });
        LOG.info("Sign-in with {} begun; waiting for the browser on port {}", discovery.origin(), redirectUri.getPort());
        return started;
    }

    /** Revokes what a cancelled sign-in was given (best effort: unrevoked, it is only never used). */
    private void forget(TokenGrant grant) {
        LOG.info("The sign-in with {} was cancelled as its code was exchanged; what it got is revoked", discovery.origin());
        if (grant.refreshToken() == null) {
            return;
        }
        try {
            tokens.revoke(grant.refreshToken());
        } catch (SignInException failed) {
            LOG.info("Revoking the cancelled sign-in's session failed ({})", failed.getMessage());
        }
    }

    private static String messageOf(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t.getMessage();
    }

    /** Cancels a sign-in still waiting and ends the background threads. */
    @Override
    public void close() {
        PendingSignIn waiting = pending.getAndSet(null);
        if (waiting != null) {
            waiting.cancel();
        }
        background.shutdownNow();
        storageThread.shutdown();
    }

    @Override
    public String toString() {
        return "BrowserSignIn[" + discovery.origin() + "]";
    }
}
