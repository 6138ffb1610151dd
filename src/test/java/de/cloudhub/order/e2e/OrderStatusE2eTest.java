package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.status.OrderRow;
import de.cloudhub.order.ui.status.TimelineEntry;
import de.cloudhub.order.testing.Wait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After ordering: the status view follows the order by itself; a failure; the overview, also after a restart. */
class OrderStatusE2eTest extends AppTestBase {
    @TempDir
    Path secrets;

    @Test
    void afterOrderingTheStatusViewReachesDoneByItselfWithTimelineAndConnectionDetails() throws Exception {
        startApp("en");
        sandbox.control("{\"durations\": {\"newMillis\": 300, \"processingMillis\": 300}}");
        fillWizardToSummary();
        tickTermsAndOrder();
        String id = waitForStatusView();

        Label status = node("#order-status", Label.class);
        waitFor("the order to be ready", () -> "Ready".equals(status.getText()));
        TableView<TimelineEntry> timeline = timeline();
        TextInputControl host = node("#connection-host", TextInputControl.class);
        TextInputControl port = node("#connection-port", TextInputControl.class);
        TextInputControl tls = node("#connection-tls", TextInputControl.class);
        FxThread.run(() -> {
            assertThat(timeline.getItems()).extracting(TimelineEntry::status)
                    .containsExactly("Received", "Being set up", "Ready");
            assertThat(timeline.getItems()).allSatisfy(e -> assertThat(e.at()).isNotBlank());
            assertThat(find("#connection-details")).isPresent();
            assertThat(host.getText()).startsWith(id + ".");
            assertThat(port.getText()).matches("\\d+");
            assertThat(tls.getText()).isNotBlank();
            assertThat(find("#failure-details")).isEmpty();
        });
    }

    @Test
    void aFailedOrderShowsTheReasonAndOpensTheSupportTicketForIt() throws Exception {
        String id = placeAFailingOrder(300);

        assertThat(text("#failure-reason")).contains("No capacity left in DE-NORTH.");
        assertThat(FxThread.call(() -> find("#connection-details"))).isEmpty();
        click("#support-ticket-link");

        waitFor("the ticket page handed to the browser", () -> !openedLinks.isEmpty());
        assertThat(openedLinks).singleElement().asString()
                .startsWith("http://127.0.0.1:" + port + "/")
                .contains(id);
    }

    @Test
    void theOverviewListsTheOrderAndShowsItAtOnceAfterARestartWhichResumesFollowingIt() throws Exception {
        try (SandboxServer server = SandboxServer.start(port)) {
            Path token = Files.writeString(secrets.resolve("token"), SandboxDemo.CUSTOMER_TOKEN);
            String[] args = {"--api-url", server.baseUri().toString(), "--token-file", token.toString(),
                    "--locale", "en", "--data-dir", dataDir.toString()};
            startAppWith(args);
            waitForPage("page-service");
            // slow enough that the order is still in progress when the app is closed
            sandbox.control("{\"durations\": {\"newSeconds\": 4, \"processingSeconds\": 1}}");
            fillWizardToSummary();
            tickTermsAndOrder();
            String id = waitForStatusView();
            click("#orders");
            waitFor("the order in the overview", () -> rowOf(id) != null);
            stopApp();

            // the server's list now takes long: what shows at once comes from the app's own memory
            sandbox.control("{\"faults\": [{\"method\": \"GET\", \"path\": \"/orders\", \"kind\": \"delay\","
                    + " \"delayMillis\": 20000}]}");
            startAppWith(args);
            // the draft last worked on was ordered: the app opens as that order's status
            node("#status-view", javafx.scene.Node.class);
            click("#orders");
            try {
                Wait.onFx("order " + id + " listed from the app's memory", Duration.ofSeconds(15),
                        () -> find("#orders-table").isPresent() && rowOf(id) != null);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("order " + id + " not listed; shown: " + FxThread.call(this::whatIsShown), e);
            }
            waitFor("the order followed to Ready after the restart", () -> "Ready".equals(rowOf(id).statusText()));
        }
    }

    /** For a failure message: the dialogs open, the window's place, the rows of the overview if it shows. */
    private String whatIsShown() {
        String rows = find("#orders-table").map(t -> ((TableView<?>) t).getItems().toString()).orElse("no table");
        return "dialogs=" + dialogs().stream().map(w -> visibleTexts(w.getScene().getRoot()).toString()).toList()
                + ", status view=" + find("#status-view").isPresent() + ", overview rows=" + rows
                + ", header=" + visibleTexts(stage.getScene().getRoot()).stream().limit(12).toList();
    }

    OrderRow rowOf(String id) {
        TableView<OrderRow> table = ordersTable();
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private TableView<OrderRow> ordersTable() {
        return node("#orders-table", TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<TimelineEntry> timeline() {
        return node("#status-timeline", TableView.class);
    }
}
