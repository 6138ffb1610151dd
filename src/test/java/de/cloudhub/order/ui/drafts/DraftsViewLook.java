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
        renameDialog(dir.resolve("drafts-de-rename-dialog.png"));
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

    /** The rename question of the real dialog service, owned by the window, in German. */
    private void renameDialog(Path file) throws IOException {
        Scene scene = FxThread.call(() -> DraftsViewHarness.scene(stage, 900, 600));
        de.cloudhub.order.ui.common.I18n german = new de.cloudhub.order.ui.common.I18n(Locale.GERMAN);
        de.cloudhub.order.ui.common.AlertDialogService dialogs =
                new de.cloudhub.order.ui.common.AlertDialogService(() -> stage, () -> german);
        javafx.application.Platform.runLater(() -> dialogs.askText(german.t("drafts.rename.title"),
                german.t("drafts.rename.message"), "a2-8 · 100 GB · DE-WEST", german.t("drafts.rename.confirm"),
                german.t("drafts.rename.cancel")));
        de.cloudhub.order.testing.Wait.onFx("the rename dialog", DraftsViewHarness.WAIT,
                () -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        javafx.stage.Window dialog = FxThread.call(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow());
        WritableImage image = FxThread.call(() -> dialog.getScene().snapshot(null));
        ImageIO.write(toBuffered(image), "png", file.toFile());
        FxThread.run(dialog::hide);
    }
}
