package de.cloudhub.order.ui.wizard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

class BillingPageFxTest extends CheckoutPageFxBase {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> {
            OrderState s = sandbox.filledState(api);
            s.billingProfileIdProperty().set(null);
            return s;
        }, BillingPage::create, Locale.ENGLISH);
    }

    @Test
    void existingProfilesAreListedAndOneCanBeChosen() {
        ListView<?> list = lookup("#billing-profile-choice").queryAs(ListView.class);
        assertThat(list.getItems()).hasSizeGreaterThanOrEqualTo(2);
        clickOn("#billing-profile-choice .list-cell");
        assertThat(state.billingProfileIdProperty().get()).isNotNull();
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }

    @Test
    void theArrowKeyOnTheRadioButtonsSwitchesToTheNewProfileForm() {
        clickOn("#billing-existing");
        type(KeyCode.RIGHT);

        assertThat(state.billingModeProperty().get()).isEqualTo(BillingMode.NEW);
        assertThat(lookup("#billing-company").query().isVisible()).isTrue();
    }

    @Test
    void newProfileShowsInlineErrorsForPostalCodeAndVatId() {
        clickOn("#billing-new");
        assertThat(state.billingModeProperty().get()).isEqualTo(BillingMode.NEW);
        clickOn("#billing-postal-code").write("2045");
        clickOn("#billing-vat-id").write("DE12");

        Label postal = lookup("#billing-postal-code-problem").queryAs(Label.class);
        Label vat = lookup("#billing-vat-id-problem").queryAs(Label.class);
        assertThat(postal.isVisible()).isTrue();
        assertThat(postal.getText()).isNotBlank().doesNotContain("!");
        assertThat(vat.isVisible()).isTrue();
        assertThat(vat.getText()).isNotBlank().doesNotContain("!");
        Node field = lookup("#billing-postal-code").query();
        assertThat(field.getPseudoClassStates()).contains(ERROR);
        assertThat(lookup("#billing-company-problem").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aProblemAppearingWhileTypingDoesNotMoveTheFieldsBelow() {
        clickOn("#billing-new");
        Node below = lookup("#billing-contact-name").query();
        double before = below.localToScene(0, 0).getY();

        clickOn("#billing-email").write("bad@");

        assertThat(lookup("#billing-email-problem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(below.localToScene(0, 0).getY()).isEqualTo(before);
    }

    @Test
    void eachNewProfileLabelSitsOnItsFieldsTextBaseline() {
        clickOn("#billing-new");
        Node field = lookup("#billing-company").query();
        Label label = (Label) field.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() == field).findFirst().orElseThrow();

        double labelBaseline = label.localToScene(0, label.getBaselineOffset()).getY();
        double fieldBaseline = field.localToScene(0, field.getBaselineOffset()).getY();
        assertThat(labelBaseline).isCloseTo(fieldBaseline, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void theCountryIsAskedBeforeTheAddress() {
        clickOn("#billing-new");
        double country = lookup("#billing-country").query().localToScene(0, 0).getY();

        for (String below : List.of("#billing-street", "#billing-postal-code", "#billing-city", "#billing-vat-id")) {
            assertThat(lookup(below).query().localToScene(0, 0).getY()).as(below).isGreaterThan(country);
        }
    }

    @Test
    void germanyAustriaAndSwitzerlandAreOfferedFirst() {
        @SuppressWarnings("unchecked")
        ComboBox<String> country = lookup("#billing-country").queryAs(ComboBox.class);

        assertThat(country.getItems().subList(0, 3)).containsExactly("DE", "AT", "CH");
        assertThat(country.getItems()).hasSizeGreaterThan(200).doesNotHaveDuplicates();
    }

    @Test
    void aLetterTypedOnTheCountryListChoosesTheNextCountryStartingWithIt() {
        clickOn("#billing-new");
        clickOn("#billing-country");
        type(KeyCode.ESCAPE);
        type(KeyCode.P);

        assertThat(state.countryProperty().get()).isEqualTo("PK");
        assertThat(lookup("#billing-country").queryAs(ComboBox.class).getSelectionModel().getSelectedItem())
                .isEqualTo("PK");
    }

    @Test
    void anAustrianPostalCodeIsAcceptedWhenAustriaIsChosenFirst() {
        clickOn("#billing-new");
        clickOn("#billing-country");
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        assertThat(state.countryProperty().get()).isEqualTo("AT");

        clickOn("#billing-postal-code").write("1010");

        assertThat(lookup("#billing-postal-code-problem").queryAs(Label.class).isVisible()).isFalse();
    }
}
