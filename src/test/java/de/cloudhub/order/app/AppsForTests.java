package de.cloudhub.order.app;

import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.LinkOpener;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.application.Application;

/** Builds the real application for tests in other packages, with the browser replaced by a recorder. */
public final class AppsForTests {
    private AppsForTests() {
    }

    /** The real app; every link it would open in the system browser goes to {@code links} instead. */
    public static Application recordingLinks(LinkOpener links) {
        return new CloudhubOrderApp(links);
    }

    /**
     * The real app with the browser replaced by a recorder, and every dialog it shows going through
     * {@code dialogsAround} (given the app's own dialog service), e.g. to record the dialogs' texts and answer
     * the file choosers, which cannot be driven headless.
     */
    public static Application recordingLinksAndDialogs(LinkOpener links,
                                                       UnaryOperator<DialogService> dialogsAround) {
        return new CloudhubOrderApp(url -> {
            links.open(url);
            return CompletableFuture.completedFuture(true);
        }, dialogsAround);
    }

    /** The real app on a computer without a browser: no link it opens is taken. */
    public static Application withoutBrowser() {
        return new CloudhubOrderApp((de.cloudhub.order.ui.common.Browser) url -> CompletableFuture.completedFuture(false));
    }

    /** The app's handler of uncaught exceptions, once its main window is built (else null); call on the FX thread. */
    public static Thread.UncaughtExceptionHandler uncaughtErrorsOf(Application app) {
        return ((CloudhubOrderApp) app).uncaughtErrors();
    }
}
