package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.SandboxDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app on a train: the server stopped after a first start. The second start serves every page from
 * the kept catalog, says it is offline, keeps the order button disabled with the reason, and reconnects
 * by itself when the server is back.
 */
class OfflineE2eTest extends AppTestBase {
    private SandboxServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withTheServerGoneEveryPageWorksFromTheKeptCatalogAndOrderingWaitsForTheConnection() throws Exception {
        server = SandboxServer.start(port);
        Path token = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-token"),
                SandboxDemo.CUSTOMER_TOKEN);
        String[] args = {"--api-url", "http://127.0.0.1:" + port + "/api/v1", "--token-file", token.toString(),
                "--locale", "en", "--data-dir", dataDir.toString()};
        startAppWith(args);
        waitForPage("page-service");
        assertThat(find("#offline-banner")).isEmpty();
        stopApp();
        server.close();
        server = null;

        startAppWith(args);
        waitForPage("page-service");
        node("#offline-banner", Node.class);
        assertThat(text("#offline-message")).contains("No connection");
        fillWizardToBilling();
        typeNewProfile();
        next("page-summary");
        click("#terms-checkbox");
        Button order = node("#order-button", Button.class);
        assertThat(order.isDisabled()).isTrue();
        assertThat(visibleTexts(node("#page-summary", Node.class)))
                .anyMatch(t -> t.contains("no connection to the server"));

        server = SandboxServer.start(port);

        waitFor("the banner gone once the server is back", () -> find("#offline-banner").isEmpty());
        waitFor("the order button enabled", () -> !order.isDisabled());
    }
}
