package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

/**
 * Two people on one computer (one data folder): the drafts of one are never shown to the other, and each finds
 * their own again. The sandbox's demo tokens stand for the two: {@code demo-customer} (Erika Mustermann, the
 * demo's own user) and {@code demo-customer-2} (Bernd Beispiel), given as a token file.
 */
class AccountsE2eTest extends AppTestBase {
    private void startAs(String token) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dataDir.getParent(), "token", ".txt"), token);
        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--locale", "en",
                "--data-dir", dataDir.toString(), "--token-file", file.toString());
    }

    private boolean shows(String text) {
        return visibleTexts(stage.getScene().getRoot()).stream().anyMatch(t -> t.contains(text));
    }

    private void openDraftsAndWaitFor(String text) {
        click("#drafts");
        node("#drafts-view", Node.class);
        waitFor("the drafts view to say \"" + text + "\"", () -> shows(text));
    }

    @Test
    void anotherPersonOnTheSameDataFolderSeesNoneOfTheFirstPersonsDraftsAndTheFirstFindsThemAgain() throws Exception {
        startApp("en");
        waitFor("the demo customer signed in", () -> shows("Erika Mustermann"));
        next("page-node-size");
        chooseNodeSize("a2-8");
        stopApp();

        startAs("demo-customer-2");
        // the last account's draft may open first, from the store; the server's answer names another person
        waitFor("the other customer signed in", () -> shows("Bernd Beispiel"));
        waitForPage("page-service");
        assertThat(shows("Erika Mustermann")).as("nothing of the first person is shown").isFalse();
        openDraftsAndWaitFor("No drafts yet");
        stopApp();

        startAs("demo-customer");
        waitFor("the first customer signed in again", () -> shows("Erika Mustermann"));
        waitForPage("page-node-size");
        assertThat(FxThreadTile.selected(this, "a2-8")).as("the first person's draft, on its page").isTrue();
        openDraftsAndWaitFor("One draft");
    }

    /** The node-size tile's state, read on the FX thread. */
    private static final class FxThreadTile {
        static boolean selected(AccountsE2eTest test, String id) {
            return de.cloudhub.order.testing.FxThread.call(() -> test.tile(id).map(ToggleButton::isSelected).orElse(false));
        }
    }
}
