package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Next stays disabled while a page holds invalid input, Alt+Right does not leave the page either,
 * and the reason is shown: beside Next and at the input concerned.
 */
class NextBlockedE2eTest extends AppTestBase {
    @Test
    void nextIsBlockedWithTheReasonShownByEachKindOfInvalidInput() throws Exception {
        startApp("en");
        next("page-node-size");

        assertBlocked("page-node-size", "no node size", "node size");
        chooseNodeSize("a2-8");
        next("page-storage");

        typeStorage("120");
        assertBlocked("page-storage", "storage off the grid", "120 GB is not available. Choose 100 GB or 150 GB.");
        typeStorage("lots");
        assertBlocked("page-storage", "storage that is no number", "lots");
        typeStorage("150");
        next("page-trusted-sources");

        assertBlocked("page-trusted-sources", "no trusted source", "Add at least one IP address or range");
        addTrustedSource("192.168.1.0/24");
        assertBlocked("page-trusted-sources", "a private range", "192.168.1.0/24 is a private address");
        removeTrustedSource(0);
        addTrustedSource("0.0.0.0/0");
        assertBlocked("page-trusted-sources", "/0 without confirmation", "0.0.0.0/0");
        CheckBox confirm = node("#allow-all-addresses", CheckBox.class);
        click(confirm);
        waitFor("the /0 confirmed", confirm::isSelected);
        waitFor("Next enabled once /0 is confirmed", () -> !nextButton().isDisabled());
        removeTrustedSource(0);
        addTrustedSource("81.173.12.34");
        next("page-region");

        assertBlocked("page-region", "no region", "region");
        chooseRegion("DE-WEST");
        next("page-billing");

        assertBlocked("page-billing", "no existing profile chosen", "Choose an existing billing profile");
        click("#billing-new");
        pasteInto("#billing-company", "Muster GmbH");
        pasteInto("#billing-street", "Musterstraße 1");
        pasteInto("#billing-city", "Hamburg");
        pasteInto("#billing-email", "rechnung@muster.example");
        pasteInto("#billing-vat-id", "DE123456789");
        typeInto("#billing-postal-code", "2009");
        assertBlocked("page-billing", "a bad postal code", problemText("#billing-postal-code-problem"));
        typeInto("#billing-postal-code", "20095");
        typeInto("#billing-vat-id", "DE12");
        assertBlocked("page-billing", "a bad VAT id", problemText("#billing-vat-id-problem"));
        pasteInto("#billing-vat-id", "DE123456789");
        pasteInto("#billing-email", "rechnung(at)muster");
        assertBlocked("page-billing", "a bad e-mail address", problemText("#billing-email-problem"));
        pasteInto("#billing-email", "rechnung@muster.example");

        next("page-summary");
        assertThat(String.join(" ", visibleTexts(node("#summary-billing", Node.class)))).contains("Muster GmbH", "20095");
    }

    /** Next disabled, the reason beside it, Alt+Right stays; {@code reason} is part of what the page shows. */
    private void assertBlocked(String pageId, String what, String reason) {
        Button next = nextButton();
        waitFor("Next disabled by " + what, next::isDisabled);
        Label beside = node("#blocking-problem", Label.class);
        waitFor("the reason beside Next for " + what, () -> !beside.getText().isBlank());
        Node page = node("#" + pageId, Node.class);
        try {
            waitFor("the page to show the reason for " + what + " (" + reason + ")",
                    () -> visibleTexts(page).stream().anyMatch(t -> t.contains(reason))
                            || beside.getText().contains(reason));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; beside Next: " + beside.getText() + "; on the page: "
                    + visibleTexts(page), e);
        }
        push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(find("#" + pageId)).as("still on " + pageId + " after Alt+Right with " + what).isPresent();
        assertThat(next.isDisabled()).as("Next with " + what).isTrue();
    }

    private String problemText(String query) {
        Label problem = node(query, Label.class);
        waitFor("a text in " + query, () -> !problem.getText().isBlank());
        return problem.getText();
    }

    private void removeTrustedSource(int index) {
        int before = trustedSourceRows();
        Node remove = lookup("#trusted-source-list .trusted-source-remove").queryAll().stream()
                .filter(AppTestBase::shown).skip(index).findFirst().orElseThrow();
        click(remove);
        waitFor("the entry removed", () -> trustedSourceRows() == before - 1);
    }
}
