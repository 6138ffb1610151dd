package de.cloudhub.order.ui.signin;

import de.cloudhub.order.auth.PendingSignIn;
import de.cloudhub.order.auth.SessionKeeping;
import de.cloudhub.order.auth.SignInException;
import de.cloudhub.order.auth.SignInFlow;
import de.cloudhub.order.ui.common.LinkOpener;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in window's state: Sign in begins a {@link SignInFlow} sign-in and hands its link to the browser;
 * while the browser is at work the window waits (Cancel, Copy link); then signed in (the app goes on
 * through {@link Actions#signedIn()}), or failed with the reason, to try again. It also says where the
 * session will be kept, with "Remember me on this computer" where no keyring exists.
 * <p>
 * Single-threaded like the FX thread: the flow's futures complete on a background thread, and what they
 * bring is handed to {@code uiThread} ({@code Platform::runLater} in the app) before it touches a property.
 */
public final class SignInViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);

    /** Where the window stands. */
    public enum Phase {
        /** Nothing under way: Sign in is offered. */
        IDLE,
        /** The flow prepares the sign-in (reads the server's metadata, opens the receiver). */
        STARTING,
        /** The browser shows the authorization page; the app waits for its answer. */
        WAITING,
        /** Done: the app continues. */
        SIGNED_IN,
        /** The sign-in did not succeed; {@link #failureKeyProperty()} says why. Sign in is offered again. */
        FAILED
    }

    /** Why the window shows. */
    public enum Occasion {
        /** No session yet (first start, after signing out, switching account). */
        SIGN_IN,
        /** The server ended the session ({@code invalid_grant}): sign in again, the drafts are kept. */
        SESSION_ENDED
    }

    /** What the app does when the person is through with the window. */
    public interface Actions {
        /** Signed in: the app continues where the person was. */
        void signedIn();

        /** "Use the demo instead". */
        void useDemo();

        /** "Change provider": the person wants to give another endpoint. */
        void changeEndpoint();
    }

    private final SignInFlow flow;
    private final URI endpoint;
    private final Occasion occasion;
    private final LinkOpener browser;
    private final Executor uiThread;
    private final Actions actions;
    private final boolean offersAlternatives;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper failureKey = new ReadOnlyStringWrapper(this, "failureKey");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link");
    private final ReadOnlyObjectWrapper<SessionKeeping> keeping = new ReadOnlyObjectWrapper<>(this, "keeping");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    /** The sign-in under way, null when none is. */
    private PendingSignIn pending;
    /** Counts the attempts, so that what an abandoned one brings later is dropped. */
    private int attempt;
    private boolean keepingKnown;

    /**
     * @param flow               signs in (the OAuth client in the app)
     * @param endpoint           the API the person signs in to, shown in the window
     * @param occasion           why the window shows
     * @param browser            opens the authorization link (the app's {@code FallbackLinkOpener}, which shows
     *                           the link in a dialog where no browser takes it)
     * @param uiThread           runs what the flow's futures bring on the FX thread ({@code Platform::runLater})
     * @param actions            what the app does next
     * @param offersAlternatives whether "Use the demo instead" and "Change provider" are offered
     */
    public SignInViewModel(SignInFlow flow, URI endpoint, Occasion occasion, LinkOpener browser, Executor uiThread,
                           Actions actions, boolean offersAlternatives) {
        this.flow = Objects.requireNonNull(flow, "flow");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.occasion = Objects.requireNonNull(occasion, "occasion");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.offersAlternatives = offersAlternatives;
        remember.addListener((o, was, now) -> {
            if (keepingKnown && keeping.get() != SessionKeeping.KEYRING) {
                flow.rememberOnThisComputer(now);
                keeping.set(now ? SessionKeeping.FILE : SessionKeeping.MEMORY);
            }
        });
        flow.keeping().whenCompleteAsync((kept, failed) -> {
            SessionKeeping known = kept;
            if (failed != null || known == null) {
                LOG.warn("Where the session is kept is not known; the window says until the app closes", failed);
                known = SessionKeeping.MEMORY;
            }
            remember.set(known == SessionKeeping.FILE);
            keeping.set(known);
            keepingKnown = true;
        }, uiThread);
    }

    /** Sign in (also Try again): begins a sign-in and opens its link in the browser. */
    public void signIn() {
        if (phase.get() == Phase.STARTING || phase.get() == Phase.WAITING || phase.get() == Phase.SIGNED_IN) {
            return;
        }
        int mine = ++attempt;
        failureKey.set(null);
        link.set(null);
        phase.set(Phase.STARTING);
        flow.begin().whenCompleteAsync((started, failed) -> {
            if (mine != attempt) {
                if (started != null) {
                    started.cancel();
                }
                return;
            }
            if (failed != null) {
                failed(failed);
                return;
            }
            pending = started;
            link.set(started.authorizationUri().toString());
            phase.set(Phase.WAITING);
            LOG.info("Sign-in begun; the browser is asked to open the authorization page");
            browser.open(started.authorizationUri().toString());
            started.completion().whenCompleteAsync((done, error) -> {
                if (mine != attempt) {
                    return;
                }
                pending = null;
                if (error != null) {
                    failed(error);
                } else {
                    phase.set(Phase.SIGNED_IN);
                    LOG.info("Signed in");
                    actions.signedIn();
                }
            }, uiThread);
        }, uiThread);
    }

    /** Cancel while waiting (or while starting): the sign-in is given up, Sign in is offered again. */
    public void cancel() {
        if (phase.get() != Phase.STARTING && phase.get() != Phase.WAITING) {
            return;
        }
        attempt++;
        abandonPending();
        link.set(null);
        phase.set(Phase.IDLE);
        LOG.info("Sign-in cancelled");
    }

    /** "Use the demo instead": gives up a sign-in under way first. */
    public void useDemo() {
        giveUp();
        actions.useDemo();
    }

    /** "Change provider": gives up a sign-in under way first. */
    public void changeEndpoint() {
        giveUp();
        actions.changeEndpoint();
    }

    /** The window goes away (closed, or replaced): a sign-in under way is given up. */
    public void dispose() {
        giveUp();
    }

    private void giveUp() {
        attempt++;
        abandonPending();
        if (phase.get() == Phase.STARTING || phase.get() == Phase.WAITING) {
            phase.set(Phase.IDLE);
        }
    }

    private void abandonPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void failed(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof CancellationException) {
            // cancelled by the flow itself (not through this window): nothing went wrong, offer Sign in again
            phase.set(Phase.IDLE);
            return;
        }
        String key;
        if (cause instanceof SignInException e) {
            LOG.warn("Sign-in failed ({}): {}", e.reason(), e.getMessage());
            key = failureKey(e.reason());
        } else {
            LOG.error("Sign-in failed unexpectedly", cause);
            key = "signin.failed.unexpected";
        }
        link.set(null);
        failureKey.set(key);
        phase.set(Phase.FAILED);
    }

    /** The message key for a failure of {@code reason}; each takes the endpoint's host as {0}. */
    static String failureKey(SignInException.Reason reason) {
        return switch (reason) {
            case UNREACHABLE -> "signin.failed.unreachable";
            case BAD_SERVER -> "signin.failed.bad-server";
            case DENIED -> "signin.failed.denied";
            case STATE_MISMATCH -> "signin.failed.state-mismatch";
            case TIMED_OUT -> "signin.failed.timed-out";
            case REFUSED -> "signin.failed.refused";
        };
    }

    private static Throwable unwrap(Throwable failed) {
        Throwable e = failed;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** The message key of the last failure ({@code signin.failed.*}), null unless {@link Phase#FAILED}. */
    public ReadOnlyStringProperty failureKeyProperty() {
        return failureKey.getReadOnlyProperty();
    }

    public String getFailureKey() {
        return failureKey.get();
    }

    /** The authorization link while waiting ("Copy link"), null otherwise. */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public String getLink() {
        return link.get();
    }

    /** Where the session will be kept; null until the flow knows (probing the keyring takes a moment). */
    public ReadOnlyObjectProperty<SessionKeeping> keepingProperty() {
        return keeping.getReadOnlyProperty();
    }

    public SessionKeeping getKeeping() {
        return keeping.get();
    }

    /** "Remember me on this computer": offered only without a keyring; true keeps the session in a file. */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The endpoint's host (with its port where one is given), for the window's sentences. */
    public String endpointHost() {
        return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    public Occasion occasion() {
        return occasion;
    }

    public boolean offersAlternatives() {
        return offersAlternatives;
    }
}
