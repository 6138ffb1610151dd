package de.cloudhub.order.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One person's session with one endpoint: the access token in memory only, with its expiry; the refresh token
 * in the {@link SessionStorage}, replaced at once by the one every refresh returns (rotation: the old one is
 * dead from then on, and a reused one would end the session). Exactly one refresh runs at a time: a caller that
 * arrives while one runs waits for it and takes its result, so parallel API calls never spend one refresh token
 * twice. A token is refreshed a little before it expires ({@link #renewalMargin}), and again when the API
 * rejects it. {@code invalid_grant} means the session has ended: it clears itself, deletes the stored token and
 * tells the {@link SignedOutListener}s. No answer keeps everything: offline is not signed out.
 *
 * <p>The methods block (a refresh is one HTTP request, bounded by {@link AuthHttp}): call them off the UI thread.
 */
public final class OAuthSession {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthSession.class);
    /** Refresh this long before expiry at most; a short-lived token is refreshed in its last quarter. */
    static final Duration MAX_RENEWAL_MARGIN = Duration.ofSeconds(30);

    /** What is known now; replaced as a whole, so a reader never sees a new access with an old refresh token. */
    private record Tokens(String access, Instant expiresAt, Duration margin, String refresh) {
        @Override
        public String toString() {
            return "Tokens[expiresAt=" + expiresAt + "]";
        }
    }

    private final TokenClient client;
    private final SessionStorage storage;
    private final Clock clock;
    private final URI origin;
    private final Object refreshing = new Object();
    private final List<SignedOutListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Tokens tokens;
    /** Counts refreshes that got no usable answer; with {@link #lastFailure}, shared by the callers that waited. */
    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    /** The last refresh without a usable answer, and for which tokens; written holding {@link #refreshing}. */
    private volatile FailedRefresh lastFailure;

    private record FailedRefresh(Tokens of, SignInException why) {
    }

    public OAuthSession(TokenClient client, SessionStorage storage, URI origin, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void addSignedOutListener(SignedOutListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeSignedOutListener(SignedOutListener listener) {
        listeners.remove(listener);
    }

    /** True while a refresh token is held (the access token may still need renewing). */
    public boolean isSignedIn() {
        return tokens != null;
    }

    /**
     * At start: signs in again from the stored refresh token with one refresh. Unreachable keeps the stored
     * token ({@link RestoreOutcome#NOT_REACHABLE}); the listeners are not told of a refusal here, the outcome
     * says it.
     */
    public RestoreOutcome restore() {
        Optional<String> stored = storage.read();
        if (stored.isEmpty()) {
            return RestoreOutcome.NOTHING_STORED;
        }
        Tokens restored = new Tokens(null, Instant.EPOCH, Duration.ZERO, stored.get());
        synchronized (refreshing) {
            tokens = restored;
            try {
                refreshNow(restored);
                LOG.info("Signed in again with {} from the kept session", origin);
                return RestoreOutcome.RESTORED;
            } catch (SignInException failed) {
                if (failed.reason() == SignInException.Reason.REFUSED) {
                    LOG.info("{} no longer accepts the kept session ({}); it is deleted", origin, failed.getMessage());
                    tokens = null;
                    storage.delete();
                    return RestoreOutcome.SIGNED_OUT;
                }
                LOG.info("Could not renew the kept session with {} now ({}); it is kept for later", origin,
                        failed.getMessage());
                return RestoreOutcome.NOT_REACHABLE;
            }
        }
    }

    /**
     * An access token that is valid now, refreshed first when it expires within the margin; empty when signed
     * out. When the refresh fails without a usable answer the old token is returned (the API then says whether
     * it still works).
     *
     * @throws SessionUnavailableException when there is no old token to fall back on (as after a restore that
     *                                     found the server unreachable): the session is kept, the call cannot go
     */
    public Optional<String> accessToken() {
        Tokens seen = tokens;
        if (seen == null) {
            return Optional.empty();
        }
        if (seen.access() != null && clock.instant().isBefore(seen.expiresAt().minus(seen.margin()))) {
            return Optional.of(seen.access());
        }
        return refreshAfter(seen, false);
    }

    /**
     * The API refused {@code rejected} (401): refreshes once if it is still the current token; if another caller
     * renewed it meanwhile, returns that newer token without a refresh of its own. Empty when signed out.
     *
     * @throws SessionUnavailableException when the refresh got no usable answer: the session is kept, and the
     *                                     rejected token is no answer to give
     */
    public Optional<String> renewAfterRejection(String rejected) {
        Tokens seen = tokens;
        if (seen == null) {
            return Optional.empty();
        }
        if (seen.access() != null && !seen.access().equals(rejected)) {
            return accessToken();
        }
        return refreshAfter(seen, true);
    }

    /**
     * Signs out: forgets the session here, asks the server to revoke the refresh token (RFC 7009; best effort,
     * the session is forgotten here even when the server cannot be reached) and deletes it from the store.
     */
    public void signOut() {
        Tokens ending;
        synchronized (refreshing) {
            ending = tokens;
            tokens = null;
            storage.delete();
        }
        if (ending != null) {
            try {
                client.revoke(ending.refresh());
                LOG.info("Signed out of {}; the server revoked the session", origin);
            } catch (SignInException failed) {
                LOG.warn("Signed out of {} here, but the server did not revoke the session ({})", origin,
                        failed.getMessage());
            }
        }
        tell(SignedOutListener.Why.SIGNED_OUT);
    }

    /** Starts the session a sign-in got: keeps the refresh token at once. */
    void start(TokenGrant grant) {
        synchronized (refreshing) {
            tokens = fromGrant(grant, null);
            storage.write(grant.refreshToken());
        }
        LOG.info("Signed in with {}; the access token lives {} s", origin, grant.lifetime().toSeconds());
    }

    private Optional<String> refreshAfter(Tokens seen, boolean rejected) {
        long failedBefore = failures.get();
        synchronized (refreshing) {
            Tokens now = tokens;
            if (now != seen) {
                // another caller refreshed (or signed out) while this one waited: take its result
                return now == null ? Optional.empty() : Optional.ofNullable(now.access());
            }
            try {
                FailedRefresh shared = lastFailure;
                if (failures.get() != failedBefore && shared != null && shared.of() == now) {
                    // the refresh this caller waited for got no answer: so does this one, at once (offline,
                    // twenty parallel calls must not wait for twenty timeouts in a row)
                    throw shared.why();
                }
                return Optional.of(refreshNow(now).access());
            } catch (SignInException failed) {
                if (failed.reason() == SignInException.Reason.REFUSED) {
                    LOG.info("{} ended the session ({})", origin, failed.getMessage());
                    tokens = null;
                    storage.delete();
                } else {
                    if (lastFailure == null || lastFailure.why() != failed) {
                        lastFailure = new FailedRefresh(now, failed);
                        failures.incrementAndGet();
                        LOG.warn("Could not renew the session with {} ({}); trying again with the next call", origin,
                                failed.getMessage());
                    }
                    if (rejected || now.access() == null) {
                        throw new SessionUnavailableException("The session with " + origin
                                + " could not be renewed now: " + failed.getMessage(), failed);
                    }
                    return Optional.of(now.access());
                }
            }
        }
        tell(SignedOutListener.Why.SESSION_ENDED);
        return Optional.empty();
    }

    /** Holding {@link #refreshing}: one refresh, the new refresh token stored before anything else. */
    private Tokens refreshNow(Tokens current) throws SignInException {
        TokenGrant grant = client.refresh(current.refresh());
        Tokens renewed = fromGrant(grant, current.refresh());
        if (grant.refreshToken() != null) {
            storage.write(grant.refreshToken());
        }
        tokens = renewed;
        LOG.debug("Renewed the session with {}; the access token lives {} s", origin, grant.lifetime().toSeconds());
        return renewed;
    }

    private Tokens fromGrant(TokenGrant grant, String previousRefresh) {
        Duration quarter = grant.lifetime().dividedBy(4);
        Duration margin = quarter.compareTo(MAX_RENEWAL_MARGIN) < 0 ? quarter : MAX_RENEWAL_MARGIN;
        return new Tokens(grant.accessToken(), clock.instant().plus(grant.lifetime()), margin,
                grant.refreshToken() != null ? grant.refreshToken() : previousRefresh);
    }

    private void tell(SignedOutListener.Why why) {
        for (SignedOutListener listener : listeners) {
            try {
                listener.signedOut(why);
            } catch (RuntimeException e) {
                LOG.error("A signed-out listener failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "OAuthSession[" + origin + ", " + (tokens == null ? "signed out" : "signed in") + "]";
    }
}
