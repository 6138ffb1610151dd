package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.FxThread;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Next stays disabled while a page holds invalid input, Alt+Right does not leave the page either,
 * and the reason is shown: beside Next and at the input concerned. One test per invalid input, so
 * one that fails does not hide the others; each reaches its page with valid input before it.
 */
class NextBlockedE2eTest extends AppTestBase {
    private static final String NODE_SIZE = "page-node-size";
    private static final String STORAGE = "page-storage";
    private static final String TRUSTED_SOURCES = "page-trusted-sources";
    private static final String REGION = "page-region";
    private static final String BILLING = "page-billing";

    @Test
    void noNodeSizeBlocksNext() throws Exception {
        reach(NODE_SIZE);
        assertBlocked(NODE_SIZE, "no node size", "node size");
    }

    @Test
    void storageOffTheGridBlocksNext() throws Exception {
        reach(STORAGE);
        typeStorage("120");
        assertBlocked(STORAGE, "storage off the grid", "120 GB is not available. Choose 100 GB or 150 GB.");
    }

    @Test
    void storageThatIsNoNumberBlocksNext() throws Exception {
        reach(STORAGE);
        typeStorage("lots");
        assertBlocked(STORAGE, "storage that is no number", "lots");
    }

    @Test
    void noTrustedSourceBlocksNext() throws Exception {
        reach(TRUSTED_SOURCES);
        assertBlocked(TRUSTED_SOURCES, "no trusted source", "Add at least one IP address or range");
    }

    @Test
    void aPrivateRangeBlocksNext() throws Exception {
        reach(TRUSTED_SOURCES);
        addTrustedSource("192.168.1.0/24");
        assertBlocked(TRUSTED_SOURCES, "a private range", "192.168.1.0/24 is a private address");
    }

    @Test
    void allAddressesBlockNextUntilConfirmed() throws Exception {
        reach(TRUSTED_SOURCES);
        addTrustedSource("0.0.0.0/0");
        assertBlocked(TRUSTED_SOURCES, "/0 without confirmation", "0.0.0.0/0");

        CheckBox confirm = node("#allow-all-addresses", CheckBox.class);
        click(confirm);
        waitFor("the /0 confirmed", confirm::isSelected);
        waitForNextEnabled("/0 confirmed", TRUSTED_SOURCES);
    }

    @Test
    void noRegionBlocksNext() throws Exception {
        reach(REGION);
        assertBlocked(REGION, "no region", "region");
    }

    @Test
    void noExistingProfileChosenBlocksNext() throws Exception {
        reach(BILLING);
        assertBlocked(BILLING, "no existing profile chosen", "Choose an existing billing profile");
    }

    @Test
    void aBadPostalCodeBlocksNext() throws Exception {
        reachWithNewBillingAddress();
        typeInto("#billing-postal-code", "2009");
        assertBlocked(BILLING, "a bad postal code", problemText("#billing-postal-code-problem"));
    }

    @Test
    void aBadVatIdBlocksNext() throws Exception {
        reachWithNewBillingAddress();
        typeInto("#billing-vat-id", "DE12");
        assertBlocked(BILLING, "a bad VAT id", problemText("#billing-vat-id-problem"));
    }

    @Test
    void aBadEmailAddressBlocksNext() throws Exception {
        reachWithNewBillingAddress();
        pasteInto("#billing-email", "rechnung(at)muster");
        assertBlocked(BILLING, "a bad e-mail address", problemText("#billing-email-problem"));
    }

    @Test
    void aValidNewBillingAddressLeadsToTheSummaryWithItsValues() throws Exception {
        reachWithNewBillingAddress();
        next("page-summary");
        assertThat(FxThread.call(() -> String.join(" ", visibleTexts(node("#summary-billing", Node.class)))))
                .contains("Muster GmbH", "20095");
    }

    /** Starts the app and goes to {@code pageId} with valid choices on every page before it. */
    private void reach(String pageId) throws Exception {
        startApp("en");
        next(NODE_SIZE);
        if (pageId.equals(NODE_SIZE)) {
            return;
        }
        chooseNodeSize("a2-8");
        next(STORAGE);
        if (pageId.equals(STORAGE)) {
            return;
        }
        typeStorage("150");
        next(TRUSTED_SOURCES);
        if (pageId.equals(TRUSTED_SOURCES)) {
            return;
        }
        addTrustedSource("81.173.12.34");
        next(REGION);
        if (pageId.equals(REGION)) {
            return;
        }
        chooseRegion("DE-WEST");
        next(BILLING);
    }

    /** On the billing page with a new, valid billing address filled in. */
    private void reachWithNewBillingAddress() throws Exception {
        reach(BILLING);
        click("#billing-new");
        pasteInto("#billing-company", "Muster GmbH");
        pasteInto("#billing-street", "Musterstraße 1");
        pasteInto("#billing-city", "Hamburg");
        pasteInto("#billing-email", "rechnung@muster.example");
        pasteInto("#billing-vat-id", "DE123456789");
        typeInto("#billing-postal-code", "20095");
        waitForNextEnabled("a valid new billing address", BILLING);
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
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; beside Next: " + FxThread.call(beside::getText)
                    + "; on the page: " + FxThread.call(() -> visibleTexts(page)), e);
        }
        push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(FxThread.call(() -> find("#" + pageId))).as("still on " + pageId + " after Alt+Right with " + what)
                .isPresent();
        assertThat(FxThread.call(next::isDisabled)).as("Next with " + what).isTrue();
    }

    /** Waits for Next to be enabled; if it is not, says what the page shows. */
    private void waitForNextEnabled(String with, String pageId) {
        Button next = nextButton();
        try {
            waitFor("Next enabled with " + with, () -> !next.isDisabled());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Next still disabled with " + with + "; beside Next: "
                    + FxThread.call(() -> lookup("#blocking-problem").queryAs(Label.class).getText())
                    + "; on the page: " + FxThread.call(() -> visibleTexts(lookup("#" + pageId).query())), e);
        }
    }

    private String problemText(String query) {
        Label problem = node(query, Label.class);
        waitFor("a text in " + query, () -> !problem.getText().isBlank());
        return FxThread.call(problem::getText);
    }
}
