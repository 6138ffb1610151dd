package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.app.AppsForTests;
import de.cloudhub.order.ui.testing.ForwardingDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, tests: "a draft exported and imported twice gives two drafts with different keys". Through the real
 * window against the sandbox: an order filled in, exported with the drafts view's Export, that file imported
 * twice with Import, and both imported drafts ordered: two orders on the server, under two Idempotency-Keys.
 */
class ExportImportTwiceE2eTest extends AppTestBase {
    /** The files the "save as" and "open" choosers answer, in turn (file choosers cannot be driven headless). */
    /** The app's own dialog service, recorded, with the file choosers answered; set when the app builds its window. */
    private volatile ForwardingDialogService seam;

    @Override
    Application appUnderTest() {
        return AppsForTests.recordingLinksAndDialogs(openedLinks::add, real -> seam = new ForwardingDialogService(real));
    }

    @Test
    void aDraftExportedAndImportedTwiceBecomesTwoOrdersUnderTwoIdempotencyKeys() throws Exception {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-export").resolve("shared.cloudhub-order");
        Files.createDirectories(file.getParent());
        startApp("en");
        int ordersBefore = sandbox.ordersStored();
        int keysBefore = sandbox.idempotencyKeys();
        fillWizardToSummary();

        click("#drafts");
        node("#drafts-view", Node.class);
        waitFor("the draft in the list", () -> firstDraft().isPresent());
        click(firstDraft().orElseThrow());
        seam.answerNextSaveWith(file);
        Button export = node("#draft-export", Button.class);
        waitFor("export to be possible", () -> !export.isDisabled());
        click(export);
        waitFor("the draft file written and said so", () -> Files.exists(file) && !dialogs().isEmpty());
        closeDialogs();
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(exported).contains("\"cloudhub-order-draft\"").contains("\"storageGb\"");
        assertThat(exported.toLowerCase(java.util.Locale.ROOT)).as("the exported file has no Idempotency-Key")
                .doesNotContain("idempotency");

        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            click("#drafts");
            node("#drafts-view", Node.class);
            seam.answerNextOpenWith(file);
            click("#draft-import");
            waitForPage("page-summary");
            tickTermsAndOrder();
            orderIds.add(waitForStatusView());
        }

        assertThat(orderIds.get(0)).as("two orders, not the same one twice").isNotEqualTo(orderIds.get(1));
        assertThat(sandbox.ordersStored()).isEqualTo(ordersBefore + 2);
        assertThat(sandbox.idempotencyKeys()).as("each imported draft sent under its own key")
                .isEqualTo(keysBefore + 2);
        assertThat(sandbox.customerOrders()).extracting(o -> o.path("id").asText()).containsAll(orderIds);
    }

    private Optional<ListCell<?>> firstDraft() {
        return lookup("#drafts-list .list-cell").queryAll().stream().<ListCell<?>>map(c -> (ListCell<?>) c)
                .filter(c -> c.getItem() != null && c.getIndex() == 0).findFirst();
    }
}
