package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real app started for a real endpoint without any token, as a person would from the desktop. */
class MissingTokenWindowTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String ENDPOINT = "http://127.0.0.1:9/api/v1";

    @TempDir
    Path dataDir;
    @RegisterExtension
    final AppOnStage app = new AppOnStage();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startsWithoutAToken() {
        assumeTrue(System.getenv(AppOptions.TOKEN_ENV) == null, "needs a start without " + AppOptions.TOKEN_ENV);
    }

    private void startApp(String locale) throws Exception {
        app.start("--api-url", ENDPOINT, "--locale", locale, "--data-dir", dataDir.toString());
        Wait.onFx("the missing-token window", TIMEOUT, () -> robot.lookup("#missing-token").tryQuery().isPresent());
    }

    private String text(String query) {
        return FxThread.call(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void withoutATokenAWindowSaysWhatIsMissingAndHowToGiveIt() throws Exception {
        startApp("en");

        assertThat(text("#missing-token-message")).contains(ENDPOINT, "without an API token");
        assertThat(text("#missing-token-env")).contains("CLOUDHUB_TOKEN");
        assertThat(text("#missing-token-file")).contains("--token-file");
        assertThat(text("#missing-token-sandbox")).contains("--sandbox");
        assertThat(FxThread.call(() -> robot.lookup("#missing-token-command").queryAs(TextArea.class).getText()))
                .isEqualTo("java -jar cloudhub-order.jar --api-url " + ENDPOINT + " --locale en --data-dir "
                        + dataDir + " --token-file token.txt");
        assertThat(FxThread.call(app.stage()::getTitle)).isEqualTo("No API token – Cloudhub Order");
        assertThat(FxThread.call(() -> robot.lookup("#main-window").tryQuery().isPresent())).isFalse();
        assertThat(dataDir.resolve(SingleInstance.LOCK_FILE)).as("no lock for this window").doesNotExist();
    }

    @Test
    void theWindowSpeaksGerman() throws Exception {
        startApp("de");

        assertThat(text("#missing-token-message")).contains(ENDPOINT, "ohne API-Token");
        assertThat(FxThread.call(() -> robot.lookup("#missing-token-close").queryButton().getText()))
                .isEqualTo("Schließen");
    }

    @Test
    void copyPutsTheCommandOnTheClipboardAndCloseClosesTheWindow() throws Exception {
        startApp("en");

        robot.clickOn("#missing-token-copy");
        Wait.onFx("the copy feedback", TIMEOUT, () -> robot.lookup("#missing-token-copy-done").query().isVisible());
        assertThat(FxThread.call(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .startsWith("java -jar cloudhub-order.jar --api-url " + ENDPOINT);

        robot.clickOn("#missing-token-close");
        Wait.onFx("the window to close", TIMEOUT, () -> !app.stage().isShowing());
    }

    @Test
    void nothingOfTheWindowIsCutOff() throws Exception {
        startApp("de");

        FxThread.run(() -> {
            for (String id : new String[] {"#missing-token-message", "#missing-token-file", "#missing-token-sandbox",
                    "#missing-token-argument", "#missing-token-close"}) {
                Node node = robot.lookup(id).query();
                assertThat(app.stage().getScene().getRoot().sceneToLocal(node.localToScene(node.getLayoutBounds()))
                        .getMaxY()).as(id).isLessThanOrEqualTo(app.stage().getScene().getHeight());
                if (node instanceof Label label) {
                    assertThat(label.getHeight()).as(id).isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
                }
            }
        });
    }
}
