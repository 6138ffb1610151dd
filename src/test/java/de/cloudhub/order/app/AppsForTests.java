package de.cloudhub.order.app;

import de.cloudhub.order.ui.common.LinkOpener;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Builds the real application for tests in other packages, with the browser replaced by a recorder. */
public final class AppsForTests {
    private AppsForTests() {
    }

    /** The real app; every link it would open in the system browser goes to {@code links} instead. */
    public static Application recordingLinks(LinkOpener links) {
        return new CloudhubOrderApp(links);
    }

    /** The real app on a computer without a browser: no link it opens is taken. */
    public static Application withoutBrowser() {
        return new CloudhubOrderApp((de.cloudhub.order.ui.common.Browser) url -> CompletableFuture.completedFuture(false));
    }
}
