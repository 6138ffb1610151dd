package de.cloudhub.order.ui.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The summary tells the user, where "sending" stood, that the same order is being sent again. */
class SummaryResendFxTest extends CheckoutPageFxBase {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "summary-resend-test");
        t.setDaemon(true);
        return t;
    });

    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> sandbox.filledState(api), ctx -> SummaryPage.create(ctx, new RecordingDialogService()),
                Locale.GERMAN, new FxTaskRunner(background));
    }

    @Stop
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void theResendAfterNoAnswerIsShownWithItsAttemptWhileTheOrderIsOnItsWay() {
        // the first try gets no answer and stores nothing; the second is answered only after a pause
        sandbox.control("{\"faults\":[{\"method\":\"POST\",\"path\":\"/orders\",\"kind\":\"close-before-store\",\"count\":1},"
                + "{\"method\":\"POST\",\"path\":\"/orders\",\"kind\":\"delay\",\"delayMillis\":1500,\"count\":1}]}");
        Label notice = lookup("#order-notice").queryAs(Label.class);
        Node progress = lookup("#order-progress").query();
        assertThat(progress.isVisible()).isFalse();

        clickOn("#terms-checkbox");
        clickOn("#order-button");

        Wait.onFx("the resend notice", WAIT, () -> notice.getText().startsWith("Noch keine Antwort vom Server."));
        FxThread.run(() -> {
            assertThat(notice.getText()).contains("Versuch 2 von 3").doesNotContain("!");
            assertThat(notice.isVisible()).isTrue();
            assertThat(progress.isVisible()).isTrue();
            assertThat(lookup("#order-button").queryButton().isDisabled()).isTrue();
        });

        Wait.onFx("the placed order", WAIT, () -> !sandbox.placed.isEmpty());
        FxThread.run(() -> {
            assertThat(progress.isVisible()).isFalse();
            assertThat(notice.getText()).contains(sandbox.placed.get(0).id());
        });
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(sandbox.faultsWaiting()).as("both faults were served").isZero();
    }
}
