package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;

/**
 * The tests of sending from the summary: a filled order of the demo customer, shown in German, its tasks
 * run on a background thread as in the app (so a slow server holds the order while the page stays usable).
 */
abstract class SendingSummaryFxBase extends CheckoutPageFxBase {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "summary-sending-test");
        t.setDaemon(true);
        return t;
    });

    /** Shows the summary in {@code stage}; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    protected final void showTheSummary(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> sandbox.filledState(api),
                ctx -> SummaryPage.create(ctx, new RecordingDialogService()), Locale.GERMAN, new FxTaskRunner(background));
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }
}
