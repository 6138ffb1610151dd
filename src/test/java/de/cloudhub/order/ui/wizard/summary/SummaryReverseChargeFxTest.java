package de.cloudhub.order.ui.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The summary of an Austrian business with a VAT id: net, VAT 0, the reverse-charge note; billed so. */
class SummaryReverseChargeFxTest extends CheckoutPageFxBase {
    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> {
            OrderState s = sandbox.filledState(api);
            s.billingModeProperty().set(BillingMode.NEW);
            s.companyProperty().set("Wiener Daten GmbH");
            s.countryProperty().set("AT");
            s.streetProperty().set("Ring 1");
            s.postalCodeProperty().set("1010");
            s.cityProperty().set("Wien");
            s.emailProperty().set("rechnung@wien.example");
            s.vatIdProperty().set("ATU12345678");
            return s;
        }, ctx -> SummaryPage.create(ctx, new RecordingDialogService()), Locale.GERMAN);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void thePriceIsNetWithVatZeroAndTheReverseChargeNote() {
        assertThat(text("#summary-vat")).isEqualTo("0,00 €");
        assertThat(text("#summary-gross")).isEqualTo(text("#summary-net"));
        Label note = lookup("#summary-reverse-charge").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Steuerschuldnerschaft des Leistungsempfängers");
        assertThat(text("#order-total")).contains("ohne USt.").contains("Steuerschuldnerschaft des Leistungsempfängers")
                .doesNotContain("inkl. USt.");
    }

    @Test
    void theServerBillsTheOrderUnderReverseChargeToo() {
        clickOn("#terms-checkbox");
        clickOn("#order-button");

        assertThat(sandbox.placed).hasSize(1);
        Order order = sandbox.placed.get(0);
        assertThat(order.reverseCharge()).isTrue();
        assertThat(order.monthlyVat()).isEqualByComparingTo("0");
    }
}
