package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;

/** The header's About button opens a dialog with the version, the data folder and the log file to copy. */
class AboutDialogTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CloudhubOrderApp.class, "--sandbox", "--locale", "de", "--data-dir",
                dataDir.toString());
        Wait.onFx("the About button", TIMEOUT, () -> robot.lookup("#about").match(NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxThread.run(() -> robot.listWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private boolean dialogShown() {
        return robot.lookup("#about-log-file").match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    private String text(String id) {
        return FxThread.call(() -> robot.lookup(id).queryAs(TextArea.class).getText());
    }

    @Test
    void theDialogShowsTheVersionTheDataFolderAndTheLogFileInTheWindowsLanguage() {
        robot.clickOn("#about");
        Wait.onFx("the About dialog", TIMEOUT, this::dialogShown);

        assertThat(text("#about-data-folder")).isEqualTo(dataDir.toString());
        assertThat(text("#about-log-file")).isEqualTo(dataDir.resolve("logs").resolve("cloudhub-order.log").toString());
        Node area = robot.lookup("#about-log-file").query();
        Stage dialog = (Stage) area.getScene().getWindow();
        assertThat(dialog.getOwner()).isEqualTo(stage);
        assertThat(dialog.getTitle()).isEqualTo("Über Cloudhub Order");
        String message = FxThread.call(() -> robot.from(area.getScene().getRoot()).lookup(".label")
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText)
                .filter(t -> t.startsWith("Cloudhub Order ")).findFirst().orElse(""));
        assertThat(message).startsWith("Cloudhub Order " + AppVersion.current() + ", läuft mit Java "
                + System.getProperty("java.runtime.version") + " und JavaFX 21.");
        assertThat(FxThread.call(() -> ((TextArea) area).isEditable())).isFalse();
        assertThat(robot.lookup("#about-log-file-copy").tryQuery()).isPresent();
    }

    @Test
    void theButtonIsReachedWithTheKeyboard() {
        Button about = robot.lookup("#about").queryButton();
        assertThat(about.isFocusTraversable()).isTrue();
        assertThat(about.getText()).isEqualTo("Info");
        assertThat(about.getAccessibleText()).contains("Version", "Datenordner", "Protokolldatei");

        // the first page takes the focus once it is ready; only then is the focus the test's to move
        Wait.onFx("the first page to take the focus", TIMEOUT, () -> {
            Node owner = about.getScene().getFocusOwner();
            Node page = robot.lookup("#page-service").tryQuery().orElse(null);
            for (Node n = owner; n != null && page != null; n = n.getParent()) {
                if (n == page) {
                    return true;
                }
            }
            return false;
        });
        robot.interact(about::requestFocus);
        Wait.onFx("the About button to have the focus", TIMEOUT, about::isFocused);
        robot.type(KeyCode.SPACE);

        Wait.onFx("the About dialog opened with the keyboard", TIMEOUT, this::dialogShown);
    }
}
