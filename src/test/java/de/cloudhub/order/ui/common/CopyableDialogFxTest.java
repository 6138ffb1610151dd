package de.cloudhub.order.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.testing.Wait;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog of texts to copy: each text read-only in its own box, each with its own Copy button. */
@ExtendWith(ApplicationExtension.class)
class CopyableDialogFxTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(), 900, 700);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachTextIsShownReadOnlyAndItsOwnButtonCopiesIt() {
        AlertDialogService dialogs = new AlertDialogService(() -> stage, () -> new I18n(Locale.GERMAN));
        String body = "{\n  \"reference\" : \"it's $HOME\"\n}\n";
        String curl = "curl -X POST 'http://127.0.0.1/api/v1/orders'\n";
        Platform.runLater(() -> dialogs.showCopyable("Titel", "Nachricht", List.of(
                new CopyableText("export-request-body", "Inhalt", body),
                new CopyableText("export-request-curl", "Befehl", curl))));
        Wait.until("the dialog is shown", WAIT, () -> lookup("#export-request-curl-copy")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());

        TextArea bodyArea = lookup("#export-request-body").queryAs(TextArea.class);
        assertThat(bodyArea.getText()).isEqualTo(body);
        assertThat(bodyArea.isEditable()).isFalse();
        assertThat(lookup("#export-request-body-copy").queryButton().getText()).isEqualTo("Kopieren");
        assertThat(bodyArea.getScene().getWindow()).isNotEqualTo(stage);
        Window dialog = bodyArea.getScene().getWindow();
        assertThat(((Stage) dialog).getOwner()).isEqualTo(stage);

        clickOn("#export-request-curl-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()))).isEqualTo(curl);
        assertThat(lookup("#export-request-curl-copy-done").query().isVisible()).isTrue();
        assertThat(lookup("#export-request-body-copy-done").query().isVisible()).isFalse();

        clickOn("#export-request-body-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()))).isEqualTo(body);

        interact(dialog::hide);
    }
}
