package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** Status notifications in the real window: never over the page, the status line or a control. */
class NotificationPlacementE2eTest extends AppTestBase {
    @Test
    void aNotificationCoversNeitherTheStatusLineNorTheHistoryTableNorAnyControl() throws Exception {
        startApp("en");
        sandbox.control("{\"durations\": {\"newMillis\": 1500, \"processingMillis\": 60000}}");
        fillWizardToSummary();
        tickTermsAndOrder();
        waitForStatusView();
        Label status = node("#order-status", Label.class);
        waitFor("the order being set up", () -> "Being set up".equals(status.getText()));

        Node card = node(".notification-card", Node.class);

        List<String> covered = new ArrayList<>();
        interact(() -> {
            Bounds notice = card.localToScene(card.getBoundsInLocal());
            List<Node> others = new ArrayList<>(lookup(".button").queryAll());
            others.addAll(lookup(".toggle-button").queryAll());
            others.add(lookup("#status-line").query());
            others.add(lookup("#status-timeline").query());
            others.add(lookup("#status-view").query());
            for (Node other : others) {
                if (shown(other) && !isInside(other, "notification-tray")
                        && other.localToScene(other.getBoundsInLocal()).intersects(notice)) {
                    covered.add(other.getId() != null ? other.getId() : other.toString());
                }
            }
        });
        assertThat(covered).isEmpty();
        assertThat(isInside(card, "notification-tray")).isTrue();
        assertThat(shown(node("#status-line", Node.class))).isTrue();
    }
}
