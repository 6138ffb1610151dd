package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.FxThread;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import java.nio.file.Path;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Next stays disabled while a page holds invalid input, Alt+Right does not leave the page either,
 * and the reason is shown: beside Next and at the input concerned. One test per invalid input, so
 * one that fails does not hide the others; each reaches its page with valid input before it.
 * <p>
 * Starting the app and clicking through the pages before is most of each test's time, so the tests
 * share one app and run in the wizard's order: each goes on from the page the one before left, and
 * puts its page back to valid input before it ends (then it declares where the app stands). A test
 * that fails leaves no such declaration, so the next one starts a new app on a fresh data folder and
 * walks to its page from the start, as does a test run alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NextBlockedE2eTest extends AppTestBase {
    /** The wizard's pages in their order; the last two are the billing page with a new address filled in and the summary. */
    private static final String BILLING_NEW = "billing-with-a-new-address";
    private static final String SUMMARY = "page-summary";
    private static final String NODE_SIZE = "page-node-size";
    private static final String STORAGE = "page-storage";
    private static final String TRUSTED_SOURCES = "page-trusted-sources";
    private static final String REGION = "page-region";
    private static final String BILLING = "page-billing";
    private static final List<String> WALK = List.of("page-service", "page-node-size", "page-storage",
            "page-trusted-sources", "page-region", BILLING, BILLING_NEW, SUMMARY);

    /** A data folder for each app this class starts (a new app must not open the draft of the one before). */
    @TempDir
    static Path runs;
    private int starts;
    /** Where the app stands with valid input on every page before and nothing changed here; null: start anew. */
    private String standingOn;

    @Override
    boolean sharesTheAppAcrossTests() {
        return true;
    }

    @AfterAll
    void stopTheSharedApp() throws Exception {
        closeDialogs();
        stopApp();
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void noNodeSizeBlocksNext() throws Exception {
        reach(NODE_SIZE);
        assertBlocked(NODE_SIZE, "no node size", "node size");
        standsOn(NODE_SIZE);
    }

    @Test
    @Order(2)
    void storageOffTheGridBlocksNext() throws Exception {
        reach(STORAGE);
        typeStorage("120");
        assertBlocked(STORAGE, "storage off the grid", "120 GB is not available. Choose 100 GB or 150 GB.");
        typeStorage("150");
        waitForNextEnabled("150 GB again", STORAGE);
        standsOn(STORAGE);
    }

    @Test
    @Order(3)
    void storageThatIsNoNumberBlocksNext() throws Exception {
        reach(STORAGE);
        typeStorage("lots");
        assertBlocked(STORAGE, "storage that is no number", "lots");
        typeStorage("150");
        waitForNextEnabled("150 GB again", STORAGE);
        standsOn(STORAGE);
    }

    @Test
    @Order(4)
    void noTrustedSourceBlocksNext() throws Exception {
        reach(TRUSTED_SOURCES);
        assertBlocked(TRUSTED_SOURCES, "no trusted source", "Add at least one IP address or range");
        standsOn(TRUSTED_SOURCES);
    }

    @Test
    @Order(5)
    void aPrivateRangeBlocksNext() throws Exception {
        reach(TRUSTED_SOURCES);
        addTrustedSource("192.168.1.0/24");
        assertBlocked(TRUSTED_SOURCES, "a private range", "192.168.1.0/24 is a private address");
        removeTheOnlyTrustedSource();
        standsOn(TRUSTED_SOURCES);
    }

    @Test
    @Order(6)
    void allAddressesBlockNextUntilConfirmed() throws Exception {
        reach(TRUSTED_SOURCES);
        addTrustedSource("0.0.0.0/0");
        assertBlocked(TRUSTED_SOURCES, "/0 without confirmation", "0.0.0.0/0");

        CheckBox confirm = node("#allow-all-addresses", CheckBox.class);
        click(confirm);
        waitFor("the /0 confirmed", confirm::isSelected);
        waitForNextEnabled("/0 confirmed", TRUSTED_SOURCES);

        click(confirm);
        waitFor("the /0 confirmation taken back", () -> !confirm.isSelected());
        removeTheOnlyTrustedSource();
        standsOn(TRUSTED_SOURCES);
    }

    @Test
    @Order(7)
    void noRegionBlocksNext() throws Exception {
        reach(REGION);
        assertBlocked(REGION, "no region", "region");
        standsOn(REGION);
    }

    @Test
    @Order(8)
    void noExistingProfileChosenBlocksNext() throws Exception {
        reach(BILLING);
        assertBlocked(BILLING, "no existing profile chosen", "Choose an existing billing profile");
        standsOn(BILLING);
    }

    @Test
    @Order(9)
    void aBadPostalCodeBlocksNext() throws Exception {
        reach(BILLING_NEW);
        typeInto("#billing-postal-code", "2009");
        assertBlocked(BILLING, "a bad postal code", problemText("#billing-postal-code-problem"));
        typeInto("#billing-postal-code", "20095");
        waitForNextEnabled("the postal code right again", BILLING);
        standsOn(BILLING_NEW);
    }

    @Test
    @Order(10)
    void aBadVatIdBlocksNext() throws Exception {
        reach(BILLING_NEW);
        typeInto("#billing-vat-id", "DE12");
        assertBlocked(BILLING, "a bad VAT id", problemText("#billing-vat-id-problem"));
        pasteInto("#billing-vat-id", "DE123456789");
        waitForNextEnabled("the VAT id right again", BILLING);
        standsOn(BILLING_NEW);
    }

    @Test
    @Order(11)
    void aBadEmailAddressBlocksNext() throws Exception {
        reach(BILLING_NEW);
        pasteInto("#billing-email", "rechnung(at)muster");
        assertBlocked(BILLING, "a bad e-mail address", problemText("#billing-email-problem"));
        pasteInto("#billing-email", "rechnung@muster.example");
        waitForNextEnabled("the e-mail address right again", BILLING);
        standsOn(BILLING_NEW);
    }

    @Test
    @Order(12)
    void aValidNewBillingAddressLeadsToTheSummaryWithItsValues() throws Exception {
        reach(BILLING_NEW);
        next(SUMMARY);
        assertThat(FxThread.call(() -> String.join(" ", visibleTexts(node("#summary-billing", Node.class)))))
                .contains("Muster GmbH", "20095");
    }

    /**
     * Goes to {@code pageId} with valid choices on every page before it: on from where the test before
     * left the app if it stands on this page or one before, else in a new app from the start.
     */
    private void reach(String pageId) throws Exception {
        String from = standingOn;
        standingOn = null;
        if (from == null || WALK.indexOf(from) > WALK.indexOf(pageId)) {
            stopApp();
            newSandboxPort();
            startApp("en", java.nio.file.Files.createDirectories(runs.resolve("app-" + ++starts)));
            from = WALK.get(0);
        }
        for (int i = WALK.indexOf(from); i < WALK.indexOf(pageId); i++) {
            leaveValid(WALK.get(i));
        }
    }

    /** Gives the page valid input and goes on to the next one in {@link #WALK}. */
    private void leaveValid(String pageId) {
        switch (pageId) {
            case "page-service" -> next(NODE_SIZE);
            case NODE_SIZE -> {
                chooseNodeSize("a2-8");
                next(STORAGE);
            }
            case STORAGE -> {
                typeStorage("150");
                next(TRUSTED_SOURCES);
            }
            case TRUSTED_SOURCES -> {
                addTrustedSource("81.173.12.34");
                next(REGION);
            }
            case REGION -> {
                chooseRegion("DE-WEST");
                next(BILLING);
            }
            case BILLING -> fillInANewBillingAddress();
            case BILLING_NEW -> next(SUMMARY);
            default -> throw new IllegalArgumentException("no page after " + pageId);
        }
    }

    /** The test leaves the app on {@code pageId} as {@link #reach} brought it there: the next test goes on from here. */
    private void standsOn(String pageId) {
        standingOn = pageId;
    }

    /** On the billing page: a new, valid billing address filled in. */
    private void fillInANewBillingAddress() {
        click("#billing-new");
        pasteInto("#billing-company", "Muster GmbH");
        pasteInto("#billing-street", "Musterstraße 1");
        pasteInto("#billing-city", "Hamburg");
        pasteInto("#billing-email", "rechnung@muster.example");
        pasteInto("#billing-vat-id", "DE123456789");
        typeInto("#billing-postal-code", "20095");
        waitForNextEnabled("a valid new billing address", BILLING);
    }

    /** Removes the one entry of the trusted-source list, which is then empty as the page was reached. */
    private void removeTheOnlyTrustedSource() {
        click("#trusted-source-list .trusted-source-remove");
        waitFor("the trusted-source list empty again", () -> trustedSourceRows() == 0);
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
