package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.BillingMode;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The price box beside the pages: VAT, or reverse charge for an EU business customer outside Germany. */
@ExtendWith(ApplicationExtension.class)
class PriceBoxFxTest extends FxRobot {
    private final OrderState state = new OrderState();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state.catalogProperty().set(TestCatalogs.single());
        state.serviceIdProperty().set(TestCatalogs.VALKEY);
        state.nodeSizeProperty().set("a2-8");
        state.storageGbProperty().set(100);
        PriceBox box = new PriceBox(new I18n(Locale.GERMAN), state.priceProperty(), state.storageOrderableProperty());
        Scene scene = new Scene(new StackPane(box), 300, 300);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(String id) {
        Label label = lookup(id).queryAs(Label.class);
        return label.isVisible() && label.isManaged();
    }

    @Test
    void aGermanCustomerPaysVat() {
        interact(() -> {
            state.billingModeProperty().set(BillingMode.NEW);
            state.countryProperty().set("DE");
            state.vatIdProperty().set("DE123456789");
        });

        assertThat(text("#price-net")).isEqualTo("90,00 €");
        assertThat(text("#price-vat")).isEqualTo("17,10 €");
        assertThat(text("#price-gross")).isEqualTo("107,10 €");
        assertThat(shown("#price-reverse-charge")).isFalse();
    }

    @Test
    void anAustrianBusinessWithAVatIdSeesNetVatZeroAndTheReverseChargeNote() {
        interact(() -> {
            state.billingModeProperty().set(BillingMode.NEW);
            state.countryProperty().set("AT");
            state.vatIdProperty().set("ATU12345678");
        });

        assertThat(text("#price-net")).isEqualTo("90,00 €");
        assertThat(text("#price-vat")).isEqualTo("0,00 €");
        assertThat(text("#price-gross")).isEqualTo("90,00 €");
        assertThat(shown("#price-reverse-charge")).isTrue();
        assertThat(text("#price-reverse-charge")).startsWith("Steuerschuldnerschaft des Leistungsempfängers");
    }

    @Test
    void theVatComesBackWhenTheVatIdIsRemoved() {
        interact(() -> {
            state.billingModeProperty().set(BillingMode.NEW);
            state.countryProperty().set("AT");
            state.vatIdProperty().set("ATU12345678");
        });
        interact(() -> state.vatIdProperty().set(""));

        assertThat(text("#price-vat")).isEqualTo("17,10 €");
        assertThat(shown("#price-reverse-charge")).isFalse();
    }

    @Test
    void anExistingAustrianProfileWithAVatIdIsReverseCharged() {
        interact(() -> {
            state.billingModeProperty().set(BillingMode.EXISTING);
            state.billingProfileIdProperty().set("bp-9");
            state.billingProfileProperty().set(new BillingProfile("bp-9", "Wien", "Wiener Daten GmbH", "Ring 1",
                    "1010", "Wien", "AT", "rechnung@wien.example", "ATU12345678"));
        });

        assertThat(text("#price-vat")).isEqualTo("0,00 €");
        assertThat(shown("#price-reverse-charge")).isTrue();
    }
}
