package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.MemoryDrafts;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the drafts view for a person to look at, not a test: writes PNGs of the view with drafts
 * of every state, in both languages and two window sizes, into {@code -Ddrafts.look.dir=...}.
 * {@code mvn -o test -Dtest=DraftsViewLook -Ddrafts.look.dir=target/look}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "drafts.look.dir", matches = ".+")
class DraftsViewLook {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void pictures(FxRobot robot) throws IOException {
        Path dir = Path.of(System.getProperty("drafts.look.dir"));
        Files.createDirectories(dir);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (int[] size : new int[][] {{1180, 780}, {900, 600}}) {
                for (boolean sales : new boolean[] {false, true}) {
                    String name = "drafts-" + locale.getLanguage() + "-" + size[0] + "x" + size[1]
                            + (sales ? "-sales" : "") + ".png";
                    picture(dir.resolve(name), locale, size, sales, List.of());
                }
            }
            picture(dir.resolve("drafts-" + locale.getLanguage() + "-empty.png"), locale, new int[] {900, 600}, false,
                    null);
        }
        picture(dir.resolve("drafts-en-ordered-selected.png"), Locale.ENGLISH, new int[] {900, 600}, false,
                List.of("d5"));
        picture(dir.resolve("drafts-en-deleted.png"), Locale.ENGLISH, new int[] {1180, 780}, false, List.of("delete"));
    }

    /** @param steps null: an empty store; "dN": select that draft; "delete": delete the selected one */
    private void picture(Path file, Locale locale, int[] size, boolean sales, List<String> steps) throws IOException {
        Scene scene = FxThread.call(() -> DraftsViewHarness.scene(stage, size[0], size[1]));
        MemoryDrafts store = new MemoryDrafts().with(steps == null ? List.of() : SampleDrafts.mixed());
        try (DraftsViewHarness harness = new DraftsViewHarness(store).show(scene, locale, TestCatalogs.single(),
                sales ? DraftsViewModelTest.sales() : DraftsViewModelTest.customer())) {
            for (String step : steps == null ? List.<String>of() : steps) {
                if (step.equals("delete")) {
                    FxThread.run(harness.vm::delete);
                    de.cloudhub.order.testing.Wait.onFx("deleted", DraftsViewHarness.WAIT,
                            () -> harness.vm.getDeleted() != null);
                } else {
                    FxThread.run(() -> harness.vm.selectedProperty().set(harness.vm.getRows().stream()
                            .filter(r -> r.id().equals(step)).findFirst().orElseThrow()));
                }
            }
            FxThread.settle();
            WritableImage image = FxThread.call(() -> scene.snapshot(null));
            ImageIO.write(toBuffered(image), "png", file.toFile());
        }
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
