package de.cloudhub.order.app;

import de.cloudhub.order.auth.SignInFlow;
import de.cloudhub.order.ui.common.CopyButton;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.signin.SignInView;
import de.cloudhub.order.ui.signin.SignInViewModel;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in window in the app's window: it takes the place of the main window's content while a browser
 * sign-in is needed (no kept session, the session ended, signed out) and gives the place back once signed in.
 * The main window stays as it was behind it, so the person continues on the page and with the draft they left;
 * the drafts are saved all along. FX thread only.
 */
final class SignInScreen {
    private static final Logger LOG = LoggerFactory.getLogger(SignInScreen.class);

    /** What the app does around the sign-in window. */
    interface Around {
        /** Signed in: the main window's content is back; the app asks the server again. */
        void signedIn();

        /** "Use the demo instead". */
        void useDemo();

        /** "Change provider". */
        void changeEndpoint();
    }

    private final Scene scene;
    private final SignInFlow flow;
    private final URI endpoint;
    private final LinkOpener links;
    private final Supplier<I18n> i18n;
    private final Around around;
    private Parent mainRoot;
    private SignInViewModel showing;

    SignInScreen(Scene scene, SignInFlow flow, URI endpoint, LinkOpener links, Supplier<I18n> i18n, Around around) {
        this.scene = Objects.requireNonNull(scene);
        this.flow = Objects.requireNonNull(flow);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.links = Objects.requireNonNull(links);
        this.i18n = Objects.requireNonNull(i18n);
        this.around = Objects.requireNonNull(around);
    }

    /** True while the sign-in window shows. */
    boolean isShowing() {
        return showing != null;
    }

    /**
     * Shows the sign-in window in place of the window's content (kept for afterwards); already showing, it stays
     * as it is, so a sign-in under way is never interrupted by a second reason to sign in.
     */
    void show(SignInViewModel.Occasion occasion) {
        if (showing != null) {
            return;
        }
        LOG.info("Sign-in needed ({})", occasion);
        mainRoot = scene.getRoot();
        showing = new SignInViewModel(flow, endpoint, occasion, links, Platform::runLater, new SignInViewModel.Actions() {
            @Override
            public void signedIn() {
                close();
                around.signedIn();
            }

            @Override
            public void useDemo() {
                close();
                around.useDemo();
            }

            @Override
            public void changeEndpoint() {
                close();
                around.changeEndpoint();
            }
        }, true);
        scene.setRoot(new SignInView(showing, i18n.get(), CopyButton.systemClipboard()).root());
    }

    /** Gives the window's content back; a sign-in under way is cancelled. */
    void close() {
        if (showing == null) {
            return;
        }
        showing.dispose();
        showing = null;
        scene.setRoot(mainRoot);
        mainRoot = null;
    }
}
