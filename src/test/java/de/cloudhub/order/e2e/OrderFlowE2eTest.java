package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The whole flow through every page of the real app to a placed order, against the embedded sandbox. */
class OrderFlowE2eTest extends AppTestBase {
    @Test
    void aPersonOrdersByMouseThroughEveryPageAndSeesTheNewOrdersStatus() throws Exception {
        startApp("en");
        fillWizardToSummary();

        Button order = node("#order-button", Button.class);
        assertThat(order.getText()).isEqualTo("Place order with obligation to pay");
        assertThat(order.isDisabled()).as("order button before the terms are accepted").isTrue();
        click("#terms-checkbox");
        waitFor("the order button to be enabled", () -> !order.isDisabled());
        click("#terms-checkbox");
        waitFor("the order button to be disabled again", order::isDisabled);
        click("#terms-checkbox");
        waitFor("the order button to be enabled", () -> !order.isDisabled());
        click(order);
        String id = waitForStatusView();

        assertThat(text("#order-status")).isNotBlank();
        assertThat(sandbox.ordersStored()).isEqualTo(1);
        assertThat(sandbox.customerOrders()).hasSize(1);
        assertThat(sandbox.customerOrders().get(0).path("id").asText()).isEqualTo(id);
        assertThat(sandbox.customerOrders().get(0).path("request").path("nodeSize").asText()).isEqualTo("a2-8");
        assertThat(sandbox.customerOrders().get(0).path("request").path("storageGb").asInt()).isEqualTo(100);
    }

    @Test
    void aPersonOrdersByKeyboardAlone() throws Exception {
        startApp("en");

        tabTo("page-service");
        altRight("page-node-size");
        waitForFocusIn("node-size-choice");
        type(KeyCode.SPACE);
        altRight("page-storage");
        waitForFocusIn("storage-slider");
        type(KeyCode.RIGHT);
        waitFor("the slider at 100 GB", () -> node("#storage-slider", Slider.class).getValue() == 100);
        altRight("page-trusted-sources");
        waitForFocusIn("trusted-source-input");
        write("81.173.12.34");
        type(KeyCode.ENTER);
        waitFor("the entry in the list", () -> trustedSourceRows() == 1);
        altRight("page-region");
        waitForFocusIn("region-choice");
        type(KeyCode.SPACE);
        altRight("page-billing");
        waitFor("the billing profiles", () -> profileCell(0).isPresent());
        tabTo("billing-profile-choice");
        type(KeyCode.HOME);
        altRight("page-summary");
        tabTo("terms-checkbox");
        type(KeyCode.SPACE);
        waitFor("the terms ticked", () -> node("#terms-checkbox", CheckBox.class).isSelected());
        tabTo("order-button");
        type(KeyCode.ENTER);
        String id = waitForStatusView();

        assertThat(sandbox.ordersStored()).isEqualTo(1);
        var placed = sandbox.customerOrders().get(0);
        assertThat(placed.path("id").asText()).isEqualTo(id);
        assertThat(placed.path("request").path("nodeSize").asText()).isEqualTo("b2-4");
        assertThat(placed.path("request").path("storageGb").asInt()).isEqualTo(100);
        assertThat(placed.path("request").path("region").asText()).isEqualTo("DE-NORTH");
    }
}
