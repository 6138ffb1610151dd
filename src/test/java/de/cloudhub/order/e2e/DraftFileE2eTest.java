package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.app.AppsForTests;
import de.cloudhub.order.drafts.DraftFiles;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.testing.ForwardingDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * "Open with" on a draft file, and a draft file dropped onto the window: the app opens it as a new draft on
 * the first page that still needs input. Drops go through the app's dialog seam, the same call the window's
 * drag-and-drop handler makes (a real drag cannot be made headless).
 */
class DraftFileE2eTest extends AppTestBase {
    /** The app's own dialog service, recorded, with a way to drop files; set when the app builds its window. */
    private volatile ForwardingDialogService seam;

    @Override
    Application appUnderTest() {
        return AppsForTests.recordingLinksAndDialogs(openedLinks::add, real -> seam = new ForwardingDialogService(real));
    }

    @Test
    void aDraftFileDroppedOntoTheWindowOpensAsANewDraftWhereInputIsMissing() throws Exception {
        Path file = draftFile("From a colleague", "PO-dropped");
        byte[] before = Files.readAllBytes(file);
        startApp("en");

        interact(() -> seam.drop(file));

        waitForPage("page-trusted-sources");
        click("#back");
        waitForPage("page-storage");
        assertThat(node("#storage-gb .text-field", TextInputControl.class).getText()).isEqualTo("100");
        click("#drafts");
        node("#drafts-view", Node.class);
        waitFor("the dropped draft listed", () -> drafts().size() == 1);
        assertThat(seam.errors()).isEmpty();
        assertThat(Files.readAllBytes(file)).as("importing never changes the file").isEqualTo(before);
    }

    @Test
    void severalDraftFilesDroppedAtOnceBecomeADraftEach() throws Exception {
        Path first = draftFile("First", "PO-1");
        Path second = draftFile("Second", "PO-2");
        startApp("en");

        interact(() -> seam.drop(first, second));

        waitForPage("page-trusted-sources");
        click("#drafts");
        node("#drafts-view", Node.class);
        waitFor("both dropped drafts listed", () -> drafts().size() == 2);
        assertThat(seam.errors()).isEmpty();
    }

    @Test
    void aGarbageFileDroppedOntoTheWindowIsRefusedWithOneClearMessageAndTheAppGoesOn() throws Exception {
        Path garbage = mailFolder().resolve("garbage.cloudhub-order");
        Files.write(garbage, "PK\u0003\u0004 {[ not a draft".getBytes(StandardCharsets.UTF_8));
        startApp("en");

        interact(() -> seam.drop(garbage));

        waitFor("the message about the file", () -> !dialogs().isEmpty());
        List<Window> shown = dialogs();
        assertThat(shown).hasSize(1);
        String texts = String.join(" ", visibleTexts(shown.get(0).getScene().getRoot()));
        assertThat(texts).contains("This file cannot be opened as a draft",
                "The file garbage.cloudhub-order is no draft of this app");
        assertThat(seam.errors()).hasSize(1);
        closeDialogs();
        waitFor("the message closed", () -> dialogs().isEmpty());

        // the app goes on as before: the same page, the wizard works, no draft was made
        waitForPage("page-service");
        next("page-node-size");
        assertThat(seam.errors()).hasSize(1);
        click("#drafts");
        node("#drafts-view", Node.class);
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aDraftFileWithEveryValueInvalidOpensWithEachValueAndItsProblemOnItsPage() throws Exception {
        Path file = mailFolder().resolve("Everything wrong.cloudhub-order");
        DraftFiles.write(file, "Everything wrong", new OrderRequest(null, SandboxDemo.SERVICE_ID, "z9-999", 75,
                List.of(new de.cloudhub.order.model.TrustedSource("999.1.1.1/33", "typo")), false, "MARS-1",
                "evict-everything", de.cloudhub.order.model.BillingChoice.existing("bp-not-mine"), null, null,
                "PO-wrong"), Instant.parse("2026-11-30T10:00:00Z"));
        startApp("en");

        interact(() -> seam.drop(file));

        // every value of the file is there, each with its problem, on its own page; nothing silently dropped
        waitForPage("page-node-size");
        waitFor("the node size's problem", () -> shownText().contains("z9-999 is not a node size"));
        chooseNodeSize("a2-8");
        assertThat(node("#node-size-advanced", javafx.scene.control.TitledPane.class).isExpanded())
                .as("the policy's problem is not folded away").isTrue();
        assertThat(shownText()).contains("The eviction policy evict-everything is not available");
        interact(() -> node("#maxmemory-policy", javafx.scene.control.ComboBox.class).setValue("volatile-lru"));
        next("page-storage");
        assertThat(shownText()).contains("75 GB is not available");
        typeStorage("100");
        next("page-trusted-sources");
        assertThat(shownText()).contains("999.1.1.1/33 is not an IP address or range");
        click("#trusted-source-remove-all");
        addTrustedSource("81.173.12.34");
        next("page-region");
        assertThat(shownText()).contains("The region MARS-1 is not available for this service");
        chooseRegion("DE-NORTH");
        next("page-billing");
        waitFor("the billing profile's notice", () -> shownText()
                .contains("The billing profile bp-not-mine cannot be used for this customer, so it was left out"));
        assertThat(seam.errors()).isEmpty();
    }

    private String shownText() {
        return String.join(" | ", visibleTexts(stage.getScene().getRoot()));
    }

    private Path mailFolder() throws java.io.IOException {
        return Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-mail"));
    }

    /** A draft file of a2-8 with 100 GB and no trusted sources: it opens on the trusted sources page. */
    private Path draftFile(String title, String reference) throws java.io.IOException {
        Path file = mailFolder().resolve(title + ".cloudhub-order");
        DraftFiles.write(file, title, new OrderRequest(null, SandboxDemo.SERVICE_ID, "a2-8", 100,
                List.of(), false, null, null, null, null, null, reference), Instant.parse("2026-11-30T10:00:00Z"));
        return file;
    }
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
