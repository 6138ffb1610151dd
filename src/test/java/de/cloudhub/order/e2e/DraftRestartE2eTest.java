package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

/** Closing the app loses nothing: the next start opens the last draft on its page with every input. */
class DraftRestartE2eTest extends AppTestBase {
    private void restart() throws Exception {
        stopApp();
        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--data-dir", dataDir.toString());
    }

    @Test
    void theAppRestartedOnTheSameDataFolderOpensTheLastDraftOnItsPageWithAllInput() throws Exception {
        startApp("en");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        typeStorage("150");
        next("page-trusted-sources");
        addTrustedSource("81.173.12.34");
        next("page-region");
        chooseRegion("DE-NORTH");
        click("#language-de");

        restart();

        waitForPage("page-region");
        assertThat(node("#region-DE-NORTH", ToggleButton.class).isSelected()).isTrue();
        assertThat(node("#language-de", ToggleButton.class).isSelected()).as("the language chosen in the window").isTrue();
        click("#back");
        waitForPage("page-trusted-sources");
        assertThat(trustedSourceRows()).isEqualTo(1);
        click("#back");
        waitForPage("page-storage");
        assertThat(node("#storage-gb .text-field", TextInputControl.class).getText()).isEqualTo("150");
    }

    @Test
    void aDraftSavedWithAnOtherPriceAndTermsShowsTheChangeOnTheSummaryAndAsksForTheCheckboxAgain() throws Exception {
        startApp("en");
        fillWizardToBilling();
        chooseExistingProfile(0);
        next("page-summary");
        node("#order-button", javafx.scene.control.Button.class);
        assertThat(find("#summary-changes")).as("nothing changed yet").isEmpty();
        click("#terms-checkbox");
        stopApp();
        // as if the draft had been saved when the price was 1.00 and the terms were of another version
        java.nio.file.Path db = dataDir.resolve(de.cloudhub.order.drafts.LocalStore.FOLDER)
                .resolve(de.cloudhub.order.drafts.LocalStore.FILE_NAME);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE drafts SET price_seen = '1.00', terms_version_seen = '2019-01'"))
                    .isEqualTo(1);
        }

        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--data-dir", dataDir.toString());

        waitForPage("page-summary");
        javafx.scene.control.Label changes = node("#summary-changes", javafx.scene.control.Label.class);
        waitFor("the changes shown", () -> changes.getText().contains("€1.00 →")
                && changes.getText().contains("The terms changed since this draft was saved (now version"));
        assertThat(node("#terms-checkbox", javafx.scene.control.CheckBox.class).isSelected())
                .as("whoever orders ticks the checkbox in this sitting").isFalse();
        assertThat(node("#order-button", javafx.scene.control.Button.class).isDisabled()).isTrue();
    }

    @Test
    void startingAndClosingWithoutAnEditLeavesNoDraftAndTheNextStartIsAFreshOrder() throws Exception {
        startApp("en");

        restart();

        waitForPage("page-service");
        click("#drafts");
        node("#drafts-view", javafx.scene.Node.class);
        assertThat(lookup("#drafts-list .list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null).count()).isZero();
    }
}
