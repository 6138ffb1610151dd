package de.cloudhub.order.ui.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The summary tells the user, where "sending" stood, that the same order is being sent again. */
class SummaryResendFxTest extends SendingSummaryFxBase {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @Start
    void start(Stage stage) {
        showTheSummary(stage);
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
