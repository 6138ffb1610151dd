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
