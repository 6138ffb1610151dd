package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftFiles;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.SandboxDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;

/** "Open with" on a draft file: the app opens it as a new draft on the first page that still needs input. */
class DraftFileE2eTest extends AppTestBase {
    @Test
    void aDraftFileGivenTwiceAsTheArgumentBecomesTwoDraftsEachOpenedWhereInputIsMissing() throws Exception {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-mail").resolve("From a colleague.cloudhub-order");
        Files.createDirectories(file.getParent());
        DraftFiles.write(file, "From a colleague", new OrderRequest(null, SandboxDemo.SERVICE_ID, "a2-8", 100,
                List.of(), false, null, null, null, null, null, "PO-file"), Instant.parse("2026-11-30T10:00:00Z"));
        byte[] before = Files.readAllBytes(file);
        String[] args = {"--sandbox", "--sandbox-port", Integer.toString(port), "--locale", "en",
                "--data-dir", dataDir.toString(), file.toString()};

        startAppWith(args);
        waitForPage("page-trusted-sources");
        click("#back");
        waitForPage("page-storage");
        assertThat(node("#storage-gb .text-field", TextInputControl.class).getText()).isEqualTo("100");
        stopApp();
        startAppWith(args);
        waitForPage("page-trusted-sources");

        click("#drafts");
        node("#drafts-view", Node.class);
        waitFor("both drafts listed", () -> drafts().size() == 2);
        assertThat(drafts()).hasSize(2);
        assertThat(Files.readAllBytes(file)).as("importing never changes the file").isEqualTo(before);
    }

    private Set<Object> drafts() {
        return lookup("#drafts-list .list-cell").queryAll().stream()
                .map(c -> ((ListCell<?>) c).getItem()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
