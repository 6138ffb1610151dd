package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.app.AppsForTests;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** On a computer without a browser a link the app opens is shown with a Copy button, not silently dropped. */
class NoBrowserE2eTest extends AppTestBase {
    @Override
    Application appUnderTest() {
        return AppsForTests.withoutBrowser();
    }

    String failTheOrder() throws Exception {
        return placeAFailingOrder(200);
    }

    @Test
    void aTicketLinkNoBrowserTookIsShownWithACopyButton() throws Exception {
        String id = failTheOrder();

        click("#support-ticket-link");

        waitFor("a dialog", () -> !dialogs().isEmpty());
        Window dialog = dialogs().get(0);
        TextInputControl link = from(dialog.getScene().getRoot()).lookup("#link-fallback-url")
                .queryAs(TextInputControl.class);
        assertThat(link.getText()).startsWith("http://127.0.0.1:" + port + "/").contains(id);
        assertThat(String.join(" ", visibleTexts(dialog.getScene().getRoot()))).contains("No web browser took the link");
    }

    @Test
    void copyingTheLinkSaysSoBesideTheButton() throws Exception {
        failTheOrder();
        click("#support-ticket-link");
        waitFor("a dialog", () -> !dialogs().isEmpty());
        Window dialog = dialogs().get(0);

        click(from(dialog.getScene().getRoot()).lookup("#link-fallback-copy").queryAs(Node.class));

        Node done = from(dialog.getScene().getRoot()).lookup("#link-fallback-copy-done").queryAs(Node.class);
        waitFor("the copy confirmed", done::isVisible);
        assertThat(((Label) done).getText()).isEqualTo("The link is on the clipboard.");
    }
}
