package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RawKeyScanner;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** The language switch in the window, raw keys on every page in both languages, and Esc. */
class LanguageAndKeysE2eTest extends AppTestBase {
    @Test
    void aLanguageSwitchMidFlowKeepsAllInputAndNoPageShowsARawKeyInEitherLanguage() throws Exception {
        startApp("en");
        assertNoRawKeys("service, en");
        next("page-node-size");
        chooseNodeSize("a2-8");
        assertNoRawKeys("node size, en");
        next("page-storage");
        typeStorage("150");
        assertNoRawKeys("storage, en");
        next("page-trusted-sources");
        addTrustedSource("81.173.12.34");
        addTrustedSource("81.173.12.1/24");
        assertThat(visibleTexts(node("#trusted-source-list", Node.class)))
                .anySatisfy(t -> assertThat(t).contains("was changed to the range 81.173.12.0/24"));
        assertNoRawKeys("trusted sources, en");

        click("#language-de");
        waitFor("the page in German", () -> visibleTexts(node("#page-trusted-sources", Node.class))
                .contains("Zugriff erlauben (zugelassene Quellen)"));
        assertThat(trustedSourceRows()).isEqualTo(2);
        assertThat(visibleTexts(node("#trusted-source-list", Node.class)))
                .contains("81.173.12.34/32", "81.173.12.0/24")
                .anySatisfy(t -> assertThat(t).contains("wurde").contains("81.173.12.0/24"));
        assertThat(text("#next")).isEqualTo("Weiter");
        assertNoRawKeys("trusted sources, de");

        jumpTo("service");
        assertNoRawKeys("service, de");
        jumpTo("node-size");
        assertThat(tile("a2-8").orElseThrow().isSelected()).as("a2-8 still chosen").isTrue();
        assertNoRawKeys("node size, de");
        jumpTo("storage");
        assertThat(node("#storage-gb", Spinner.class).getEditor().getText()).isEqualTo("150");
        assertNoRawKeys("storage, de");
        jumpTo("trusted-sources");
        next("page-region");
        chooseRegion("DE-WEST");
        assertNoRawKeys("region, de");
        next("page-billing");
        chooseExistingProfile(1);
        assertNoRawKeys("billing, de");
        next("page-summary");
        assertNoRawKeys("summary, de");
        assertThat(node("#order-button", Button.class).getText()).isEqualTo("jetzt kostenpflichtig bestellen");

        click("#language-en");
        waitFor("the summary in English", () -> node("#order-button", Button.class).getText()
                .equals("Place order with obligation to pay"));
        assertNoRawKeys("summary, en");
        assertThat(summaryRow("node-size")).contains("a2-8");
        assertThat(summaryRow("storage")).contains("150");
        assertThat(summaryRow("trusted-sources")).contains("81.173.12.34", "81.173.12.0/24");
        assertThat(summaryRow("region")).contains("DE-WEST");
        assertThat(summaryRow("billing")).contains("Domstraße 12");
        jumpTo("region");
        assertNoRawKeys("region, en");
        jumpTo("billing");
        click("#billing-new");
        assertNoRawKeys("billing with the new-profile form, en");
    }

    @Test
    void escapeAsksBeforeDiscardingInputAndKeepsItWhenTheUserSaysSo() throws Exception {
        startApp("en");
        next("page-node-size");
        chooseNodeSize("a2-8");

        type(KeyCode.ESCAPE);
        Window dialog = waitForDialog();
        assertThat(visibleTexts(dialog.getScene().getRoot())).contains("Discard this order?");
        click(dialogButton(dialog, "Keep editing"));
        waitFor("the dialog closed", () -> !dialog.isShowing());
        assertThat(find("#page-node-size")).isPresent();
        assertThat(tile("a2-8").orElseThrow().isSelected()).as("a2-8 still chosen").isTrue();

        type(KeyCode.ESCAPE);
        Window again = waitForDialog();
        click(dialogButton(again, "Discard order"));
        waitForPage("page-service");
        next("page-node-size");
        assertThat(tile("a2-8").orElseThrow().isSelected()).as("a2-8 chosen after discarding").isFalse();
        assertThat(nextButton().isDisabled()).isTrue();
    }

    private void jumpTo(String step) {
        click("#step-" + step);
        waitForPage("page-" + step);
    }

    private void assertNoRawKeys(String where) {
        List<String> raw = new java.util.ArrayList<>();
        interact(() -> raw.addAll(RawKeyScanner.findRawKeys(stage.getScene().getRoot())));
        assertThat(raw).as("raw i18n keys on " + where).isEmpty();
    }

    private String summaryRow(String name) {
        return String.join(" ", visibleTexts(node("#summary-" + name, Node.class)));
    }

    private Window waitForDialog() {
        waitFor("a dialog", () -> !dialogs().isEmpty());
        return dialogs().get(0);
    }

    private Button dialogButton(Window dialog, String text) {
        return from(dialog.getScene().getRoot()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in the dialog"));
    }

}
