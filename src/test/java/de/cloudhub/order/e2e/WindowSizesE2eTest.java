package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import de.cloudhub.order.ui.wizard.WizardShell;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real window at the smallest size it allows and on a very large screen. */
class WindowSizesE2eTest extends AppTestBase {

    private void resize(double width, double height) {
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private void assertFullyInsideTheWindow(Node node) {
        Bounds b = inScene(node);
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        assertThat(b.getMinX()).as("left of %s", node.getId()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).as("top of %s", node.getId()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as("right of %s", node.getId()).isLessThanOrEqualTo(width);
        assertThat(b.getMaxY()).as("bottom of %s", node.getId()).isLessThanOrEqualTo(height);
    }

    /** The text a label really draws: its own text unless the skin cut it ("Gesamt 73,19 € pro Monat ink…"). */
    private static String drawn(Labeled label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    @Test
    void atTheSmallestWindowTheSummarysTotalAndOrderButtonAreFullyVisibleAndTheListScrolls() throws Exception {
        startApp("de");
        resize(900, 600);
        fillWizardToSummary();
        click("#terms-checkbox");
        WaitForAsyncUtils.waitForFxEvents();

        Button order = node("#order-button", Button.class);
        Label total = node("#order-total", Label.class);
        assertFullyInsideTheWindow(order);
        assertFullyInsideTheWindow(total);
        assertThat(drawn(total)).isEqualTo(total.getText()).startsWith("Gesamt").endsWith("inkl. USt.");
        assertThat(drawn(order)).isEqualTo("jetzt kostenpflichtig bestellen");
        ScrollPane list = (ScrollPane) lookup(".summary-page .scroll-pane").query();
        assertThat(list.getContent().getLayoutBounds().getHeight()).as("the summary scrolls")
                .isGreaterThan(list.getViewportBounds().getHeight());
        assertThat(list.getViewportBounds().getHeight()).as("room for the review list").isGreaterThan(150);
    }

    @Test
    void atTheSmallestWindowNoSummaryRowLabelIsCut() throws Exception {
        startApp("de");
        resize(900, 600);
        fillWizardToSummary();

        for (Node n : lookup("#summary-table .summary-label").queryAll()) {
            Label label = (Label) n;
            assertThat(drawn(label)).as("label %s", label.getText()).isEqualTo(label.getText());
        }
    }

    @Test
    void onAVeryLargeWindowTheWizardStandsCentredWithACappedWidth() throws Exception {
        Screen screen = Screen.getPrimary();
        assumeThat(screen.getBounds().getWidth()).as("a screen of 2560 px").isGreaterThanOrEqualTo(2560);
        assumeThat(screen.getBounds().getHeight()).as("a screen of 1440 px").isGreaterThanOrEqualTo(1440);
        startApp("en");
        resize(2560, 1440);
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");

        Node shell = node("#wizard-shell", Node.class);
        Bounds b = inScene(shell);
        double sceneWidth = stage.getScene().getWidth();
        assertThat(sceneWidth).isEqualTo(2560);
        assertThat(b.getWidth()).isLessThanOrEqualTo(WizardShell.MAX_WIDTH);
        assertThat(b.getMinX()).as("centred").isCloseTo(sceneWidth - b.getMaxX(), Offset.offset(1.0));
        Slider slider = node("#storage-slider", Slider.class);
        assertThat(slider.getWidth()).as("the storage slider").isLessThan(1000);
        Bounds back = inScene(node("#back", Button.class));
        Bounds next = inScene(nextButton());
        assertThat(next.getMaxX() - back.getMinX()).as("Back to Next").isLessThanOrEqualTo(WizardShell.MAX_WIDTH);
    }
}
