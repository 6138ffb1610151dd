package de.cloudhub.order.ui.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.Wait;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** While a slow server holds the order, the summary offers to stop sending, and says what that means. */
class SummaryStopSendingFxTest extends SendingSummaryFxBase {
    private static final Duration WAIT = Duration.ofSeconds(15);
    @Start
    void start(Stage stage) {
        showTheSummary(stage);
    }

    @Test
    void stopSendingGivesControlBackAndOffersToSendTheSameOrderAgain() {
        sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":2500");
        assertThat(lookup("#order-cancel").query().isVisible()).isFalse();

        clickOn("#terms-checkbox");
        clickOn("#order-button");
        Wait.onFx("the stop button", WAIT, () -> lookup("#order-cancel").query().isVisible());
        assertThat(lookup("#order-cancel").queryButton().getText()).isEqualTo("Senden abbrechen");
        // stopped once the request is at the server (its delay fault fired), so the order is on its way
        Wait.until("the order at the server", WAIT, () -> sandbox.faultsWaiting() == 0);
        clickOn("#order-cancel");

        Label notice = lookup("#order-notice").queryAs(Label.class);
        Wait.onFx("the stopped notice", WAIT, () -> notice.getText().startsWith("Senden abgebrochen."));
        assertThat(lookup("#order-cancel").query().isVisible()).isFalse();
        assertThat(lookup("#order-progress").query().isVisible()).isFalse();
        assertThat(lookup("#order-send-again-hint").query().isVisible()).isTrue();
        assertThat(lookup("#order-button").queryButton().isDisabled()).isFalse();
        // the stopped request still reaches the server; its order is taken when it arrives
        Wait.onFx("the late order", WAIT, () -> !sandbox.placed.isEmpty());
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }
}
