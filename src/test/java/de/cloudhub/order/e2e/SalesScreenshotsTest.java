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
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages of a sales order (issue 10, section 4) as pictures, in both languages, as the {@code demo-sales}
 * user of the embedded sandbox sees them: {@code sales-<page>-<lang>.png} in {@code -Dscreenshots.dir}.
 * Runs only when that property is set, like {@link ScreenshotsTest}; {@link SalesE2eTest} checks the same path.
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class SalesScreenshotsTest extends AppTestBase {
    private Path dir;
    private String language;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void writesThePagesOfASalesOrder(String lang) throws Exception {
        language = lang;
        dir = Path.of(System.getProperty("screenshots.dir"));
        Files.createDirectories(dir);
        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--demo-user", "sales", "--locale", lang,
                "--data-dir", dataDir.toString());
        waitForPage("page-customer");
        sandbox.control("{\"durations\": {\"newMillis\": 400, \"processingMillis\": 60000}}");
        ListView<?> list = node("#customer-choice", ListView.class);
        waitFor("the customers", () -> !list.getItems().isEmpty());
        shoot("customer-start", null);
        pasteInto("#customer-search", "muster");
        type(KeyCode.ENTER);
        waitFor("one customer", () -> list.getItems().size() == 1);
        type(KeyCode.DOWN);
        waitFor("the header naming the customer", () -> find("#ordering-for").isPresent());
        shoot("customer", null);
        next("page-service");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        typeStorage("100");
        next("page-trusted-sources");
        click("#add-my-address");
        waitFor("a dialog", () -> !dialogs().isEmpty());
        Window question = dialogs().get(0);
        shootWindow(question.getScene(), "address-question");
        Button cancel = from(question.getScene().getRoot()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(Button::isCancelButton).findFirst().orElseThrow();
        click(cancel);
        waitFor("the dialog closed", () -> !question.isShowing());
        addTrustedSource("81.173.12.34");
        next("page-region");
        chooseRegion("DE-NORTH");
        next("page-billing");
        chooseExistingProfile(0);
        shoot("billing", null);
        next("page-summary");
        click("#terms-checkbox");
        shoot("summary", "#order-button");

        click("#step-customer");
        waitForPage("page-customer");
        pasteInto("#customer-search", "K-100342");
        type(KeyCode.ENTER);
        waitFor("Beispiel AG", () -> list.getItems().size() == 1);
        type(KeyCode.DOWN);
        waitFor("the notice", () -> find("#customer-change-notice").isPresent());
        shoot("customer-changed", null);
        click("#step-billing");
        waitForPage("page-billing");
        waitFor("the profiles", () -> profileCell(0).isPresent());
        shoot("billing-cleared", null);
        chooseExistingProfile(0);
        next("page-summary");
        tickTermsAndOrder();
        waitForStatusView();
        waitFor("a notification", () -> find(".notification-card").isPresent());
        shoot("status", null);
        click("#orders");
        waitFor("the overview", () -> find("#orders-table").isPresent());
        waitFor("the customer named", () -> lookup("#orders-table .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().startsWith("Beispiel AG (")));
        shoot("overview", null);
    }

    private void shoot(String name, String showing) throws IOException {
        interact(() -> stage.getScene().getRoot().lookupAll(".scroll-pane")
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(0)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (showing != null) {
            scrollIntoView(node(showing, Node.class));
        }
        shootWindow(stage.getScene(), name);
    }

    private void shootWindow(Scene scene, String name) throws IOException {
        BufferedImage[] image = new BufferedImage[1];
        List<String> raw = new ArrayList<>();
        interact(() -> {
            raw.addAll(RawKeyScanner.findRawKeys(scene.getRoot()));
            image[0] = toBufferedImage(scene.snapshot(null));
        });
        assertThat(raw).as("raw keys on " + name + " (" + language + ")").isEmpty();
        ImageIO.write(image[0], "png", dir.resolve("sales-" + name + "-" + language + ".png").toFile());
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }
}
