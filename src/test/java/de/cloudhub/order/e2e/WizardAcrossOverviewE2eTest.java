package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;

/** Looking at the orders overview in the middle of an order and coming back loses nothing. */
class WizardAcrossOverviewE2eTest extends AppTestBase {
    @Test
    void aHalfFilledOrderKeepsItsPageAndInputWhenTheUserOpensTheOverviewAndComesBack() throws Exception {
        startApp("en");
        next("page-node-size");
        chooseNodeSize("a4-16");
        next("page-storage");
        typeStorage("200");
        next("page-trusted-sources");
        addTrustedSource("81.173.12.34");
        // typed, not yet added
        pasteInto("#trusted-source-input", "81.173.12.0/24");
        List<String> priceBefore = visibleTexts(node("#price-estimate", Node.class));
        assertThat(priceBefore).isNotEmpty();

        click("#orders");
        node("#orders-overview", Node.class);
        assertThat(find("#page-trusted-sources")).isEmpty();
        assertThat(text("#to-wizard")).isEqualTo("Continue your order");
        click("#to-wizard");

        waitForPage("page-trusted-sources");
        assertThat(find("#orders-overview")).isEmpty();
        assertThat(trustedSourceRows()).isEqualTo(1);
        assertThat(visibleTexts(node("#trusted-source-list", Node.class))).contains("81.173.12.34/32");
        assertThat(text("#trusted-source-input")).isEqualTo("81.173.12.0/24");
        assertThat(nextButton().isDisabled()).isFalse();
        assertThat(visibleTexts(node("#price-estimate", Node.class))).isEqualTo(priceBefore);

        jumpTo("storage");
        assertThat(node("#storage-gb", Spinner.class).getValue()).isEqualTo(200);
        jumpTo("node-size");
        assertThat(tile("a4-16").orElseThrow().isSelected()).as("a4-16 still chosen").isTrue();
    }

    private void jumpTo(String step) {
        click("#step-" + step);
        waitForPage("page-" + step);
    }
}
