package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RawKeyScanner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Drives the real app through every page in both languages, to a placed order that reaches DONE and
 * the orders overview, and writes a PNG of the window at each stop into {@code -Dscreenshots.dir}.
 * Runs only when that property is set (see README, "Screenshots"); the other E2E tests cover the
 * same path without pictures.
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ScreenshotsTest extends AppTestBase {
    private final List<Path> written = new ArrayList<>();

    @Test
    void writesAPictureOfEveryPageInBothLanguagesAndOfTheStatusAndOverview() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir"));
        Files.createDirectories(dir);
        startApp("en");
        sandbox.control("{\"durations\": {\"newMillis\": 300, \"processingMillis\": 300}}");

        shoot(dir, "service", "en");
        next("page-node-size");
        chooseNodeSize("a2-8");
        shoot(dir, "node-size", "en");
        next("page-storage");
        typeStorage("150");
        shoot(dir, "storage", "en");
        next("page-trusted-sources");
        addTrustedSource("81.173.12.34");
        addTrustedSource("81.173.12.1/24");
        shoot(dir, "trusted-sources", "en");
        next("page-region");
        chooseRegion("DE-NORTH");
        shoot(dir, "region", "en");
        next("page-billing");
        typeNewProfile();
        pasteInto("#billing-vat-id", "DE12");
        shoot(dir, "billing", "en");
        pasteInto("#billing-vat-id", "DE123456789");
        next("page-summary");
        click("#terms-checkbox");
        shoot(dir, "summary", "en", "#order-button");

        click("#language-de");
        waitFor("the summary in German", () -> text("#order-button").equals("jetzt kostenpflichtig bestellen"));
        shoot(dir, "summary", "de", "#order-button");
        for (String step : List.of("service", "node-size", "storage", "trusted-sources", "region", "billing")) {
            click("#step-" + step);
            waitForPage("page-" + step);
            shoot(dir, step, "de");
        }
        click("#step-summary");
        waitForPage("page-summary");
        click("#language-en");
        waitFor("the summary in English", () -> text("#order-button").equals("Place order with obligation to pay"));

        click("#order-button");
        waitForStatusView();
        Label status = node("#order-status", Label.class);
        waitFor("the order to be ready", () -> "Ready".equals(status.getText()));
        shoot(dir, "status-done", "en");
        click("#orders");
        TableView<?> table = node("#orders-table", TableView.class);
        waitFor("the order in the overview", () -> !table.getItems().isEmpty());
        shoot(dir, "orders-overview", "en");
        click("#drafts");
        node("#drafts-view", javafx.scene.Node.class);
        waitFor("the ordered draft in the list", () -> !lookup("#drafts-list .list-cell").queryAll().isEmpty());
        shoot(dir, "drafts", "en");

        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    private void shoot(Path dir, String name, String language) throws IOException {
        shoot(dir, name, language, null);
    }

    /**
     * Scrolls the page to its top (or until {@code showing} is on screen), checks it for raw keys and
     * writes {@code <name>-<lang>.png}.
     */
    private void shoot(Path dir, String name, String language, String showing) throws IOException {
        interact(() -> stage.getScene().getRoot().lookupAll(".scroll-pane")
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(0)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (showing != null) {
            scrollIntoView(node(showing, Node.class));
        }
        BufferedImage[] image = new BufferedImage[1];
        List<String> raw = new ArrayList<>();
        interact(() -> {
            Node root = stage.getScene().getRoot();
            raw.addAll(RawKeyScanner.findRawKeys(root));
            image[0] = toBufferedImage(stage.getScene().snapshot(null));
        });
        assertThat(raw).as("raw keys on " + name + " (" + language + ")").isEmpty();
        Path file = dir.resolve(name + "-" + language + ".png");
        ImageIO.write(image[0], "png", file.toFile());
        written.add(file);
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        return out;
    }
}
