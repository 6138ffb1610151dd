package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real application, started with arguments as {@code mvn javafx:run -Djavafx.args=...} would. */
class CloudhubOrderAppTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startApp(String... args) throws Exception {
        app = FxToolkit.setupApplication(CloudhubOrderApp.class, args);
    }

    /** The status line's text, read on the FX thread. */
    private String statusLine() {
        return FxThread.call(() -> robot.lookup("#status-line").queryAs(Label.class).getText());
    }

    @Test
    void inSandboxModeTheWindowNamesTheSandboxAndTheDemoUser() throws Exception {
        startApp("--sandbox", "--locale", "en", "--data-dir", dataDir.toString());

        Wait.onFx("the status line to show the signed-in user", TIMEOUT, () -> statusLine().contains("signed in as"));

        assertThat(stage.getTitle()).isEqualTo("Cloudhub Order");
        assertThat(statusLine()).contains("Demo sandbox at http://127.0.0.1:", "Muster GmbH");
        assertThat(stage.getIcons()).isNotEmpty();
        assertThat(dataDir.resolve("logs").resolve("cloudhub-order.log")).exists();
        robot.interact(() -> RawKeyScanner.assertNoRawKeys(stage.getScene().getRoot()));
    }

    @Test
    void anUnreachableEndpointIsNamedClearlyWithRetry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/api/v1";
        startApp("--api-url", url, "--token-file", tokenFile(), "--locale", "en", "--data-dir", dataDir.toString());

        Wait.onFx("the status line to say the endpoint cannot be reached", TIMEOUT,
                () -> statusLine().startsWith("Cannot reach"));

        assertThat(statusLine()).contains(url);
        assertThat(robot.lookup("#retry").tryQuery()).isPresent();
        robot.interact(() -> RawKeyScanner.assertNoRawKeys(stage.getScene().getRoot()));
    }

    private String tokenFile() throws IOException {
        return java.nio.file.Files.writeString(dataDir.resolve("token"), "test-token").toString();
    }
}
