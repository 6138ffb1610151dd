package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftFiles;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.SandboxDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * A draft file names a customer this account cannot use: the app leaves it out and says so on the page where
 * the customer matters for the person (issue 8, section 5: nothing is silently dropped).
 */
class ImportLeftOutE2eTest extends AppTestBase {

    @Test
    void aCustomerOpeningAFileMadeForAnotherCustomerIsToldOnTheBillingPageThatTheOrderIsForTheirOwn() throws Exception {
        Path file = draftFile("For c-1002", "c-1002");

        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--locale", "en",
                "--data-dir", dataDir.toString(), file.toString());

        waitForPage("page-billing");
        assertThat(leftOutTexts("#billing-left-out")).singleElement().asString()
                .contains("c-1002").contains("your own customer").doesNotContain("{0}").doesNotContain("{1}");
    }

    @Test
    void aSalesPersonOpeningAFileForACustomerTheyCannotUseIsToldOnTheCustomerStep() throws Exception {
        Path file = draftFile("For nobody", "c-nobody");

        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--demo-user", "sales", "--locale", "en",
                "--data-dir", dataDir.toString(), file.toString());

        waitForPage("page-customer");
        assertThat(leftOutTexts("#customer-left-out")).singleElement().asString()
                .contains("c-nobody").contains("cannot be used with this account").doesNotContain("{0}");
    }

    /** A file complete up to billing, for {@code customerId}, as a colleague would mail it. */
    private Path draftFile(String title, String customerId) throws Exception {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-mail").resolve(title + ".cloudhub-order");
        Files.createDirectories(file.getParent());
        DraftFiles.write(file, title, new OrderRequest(customerId, SandboxDemo.SERVICE_ID, "a2-8", 100,
                List.of(new TrustedSource("81.173.12.34/32", "Office")), false, "DE-NORTH", null, null, null, null,
                "PO-file"), Instant.parse("2026-11-30T10:00:00Z"));
        return file;
    }

    private List<String> leftOutTexts(String query) {
        VBox box = node(query, VBox.class);
        waitFor(query + " to say what was left out", () -> !box.getChildren().isEmpty());
        return FxThread.call(() -> box.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }
}
