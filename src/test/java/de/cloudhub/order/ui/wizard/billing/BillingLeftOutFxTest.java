package de.cloudhub.order.ui.wizard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** An imported draft named a billing profile the customer cannot use: the billing page says it was left out. */
class BillingLeftOutFxTest extends CheckoutPageFxBase {

    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> {
            OrderState s = sandbox.filledState(api);
            s.billingProfileIdProperty().set("bp-of-someone-else");
            return s;
        }, BillingPage::create, Locale.GERMAN);
    }

    @Test
    void theBillingPageNamesTheProfileThatWasLeftOut() {
        Node box = lookup("#billing-left-out").query();
        assertThat(box.isVisible()).isTrue();
        assertThat(((VBox) box).getChildren()).singleElement()
                .extracting(n -> ((Label) n).getText()).asString()
                .contains("bp-of-someone-else").contains("Rechnungsprofil").doesNotContain("{0}");
        assertThat(state.billingProfileIdProperty().get()).isNull();
    }
}
