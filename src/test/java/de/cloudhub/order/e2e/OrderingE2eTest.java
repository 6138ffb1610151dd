package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Placing the order exactly once, whatever the user or the network does, and a refusal for a new price. */
class OrderingE2eTest extends AppTestBase {
    @Test
    void aDoubleClickOnTheOrderButtonPlacesExactlyOneOrder() throws Exception {
        startApp("en");
        fillWizardToSummary();
        // the first request stays in flight for a while, so the second click comes while it runs
        sandbox.control("{\"faults\": [{\"method\": \"POST\", \"path\": \"/orders\", \"kind\": \"delay\","
                + " \"delayMillis\": 1500, \"count\": 2}]}");
        click("#terms-checkbox");
        Button order = node("#order-button", Button.class);
        waitFor("the order button to be enabled", () -> !order.isDisabled());

        scrollIntoView(order);
        robotContext().getBaseRobot().moveMouse(point(order).query());
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(MouseButton.PRIMARY);
        waitForStatusView();

        assertThat(sandbox.ordersStored()).isEqualTo(1);
        assertThat(sandbox.idempotencyKeys()).isEqualTo(1);
        assertThat(sandbox.customerOrders()).hasSize(1);
    }

    @Test
    void aConnectionDroppedAfterTheOrderWasStoredStillEndsWithExactlyOneOrder() throws Exception {
        startApp("en");
        fillWizardToSummary();
        sandbox.control("{\"faults\": [{\"method\": \"POST\", \"path\": \"/orders\", \"kind\": \"close-after-store\"}]}");

        tickTermsAndOrder();
        waitFor("the status view, or the offer to send again with the same key",
                () -> find("#status-view").isPresent() || find("#order-send-again-hint").isPresent());
        if (find("#order-send-again-hint").isPresent()) {
            click("#order-button");
        }
        String id = waitForStatusView();

        assertThat(sandbox.ordersStored()).isEqualTo(1);
        assertThat(sandbox.idempotencyKeys()).isEqualTo(1);
        assertThat(sandbox.customerOrders().get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void aPriceChangeBringsTheUserBackWithTheNewPriceAndAllInputAndOrderingAgainSucceeds() throws Exception {
        startApp("en");
        fillWizardToSummary();
        String oldNet = text("#summary-net");
        assertThat(oldNet).contains("94.00");
        sandbox.control("{\"prices\": {\"nodeSizes\": {\"a2-8\": \"99.00\"}}}");

        tickTermsAndOrder();
        Label notice = node("#order-notice", Label.class);
        waitFor("the notice naming the new price", () -> notice.getText().contains("124.00"));
        waitFor("the summary showing the new price", () -> text("#summary-net").contains("124.00"));

        assertThat(find("#page-summary")).as("back on the summary").isPresent();
        assertThat(notice.getText()).contains("94.00");
        assertThat(summaryRow("node-size")).contains("a2-8");
        assertThat(summaryRow("storage")).contains("100");
        assertThat(summaryRow("trusted-sources")).contains("81.173.12.34");
        assertThat(summaryRow("region")).contains("DE-NORTH");
        assertThat(summaryRow("billing")).contains("Musterstraße 1", "20095 Hamburg");
        assertThat(text("#order-total")).contains("147.56");
        assertThat(sandbox.ordersStored()).isZero();

        CheckBox terms = node("#terms-checkbox", CheckBox.class);
        if (!terms.isSelected()) {
            click(terms);
        }
        Button order = node("#order-button", Button.class);
        waitFor("the order button to be enabled", () -> !order.isDisabled());
        click(order);
        waitForStatusView();

        assertThat(sandbox.ordersStored()).isEqualTo(1);
        assertThat(sandbox.customerOrders().get(0).path("request").path("quotedMonthlyNet").asText())
                .isEqualTo("124.00");
    }

    private String summaryRow(String name) {
        return String.join(" ", visibleTexts(node("#summary-" + name, Node.class)));
    }
}
