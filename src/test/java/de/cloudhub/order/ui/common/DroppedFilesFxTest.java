package de.cloudhub.order.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import de.cloudhub.order.testing.Wait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialog service's real drag-and-drop handler: a drag of files, made with the mouse, dropped anywhere on
 * the owner window reaches the receiver as one call with the files; a drag of text is not taken. Monocle
 * cannot drag and drop (glass's {@code View.notifyDragDrop} fails), so this runs on a real X server only:
 * {@code xvfb-run -a mvn test -Dheadless=false -Dtest=DroppedFilesFxTest}. Headless, the app's drops are
 * driven through the same seam by {@code DraftFileE2eTest}.
 */
@ExtendWith(ApplicationExtension.class)
class DroppedFilesFxTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path dir;
    private Stage stage;
    private Label source;
    private Pane target;
    private List<Path> carried = List.of();

    @BeforeAll
    static void needsARealDragAndDrop() {
        assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform")),
                "Monocle cannot drag and drop; run with -Dheadless=false on an X server");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        source = new Label("drag me");
        source.setId("drag-source");
        source.setMinSize(120, 80);
        source.setOnDragDetected(e -> {
            Dragboard board = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            if (carried.isEmpty()) {
                content.putString("just text");
            } else {
                content.putFiles(carried.stream().map(Path::toFile).toList());
            }
            board.setContent(content);
            e.consume();
        });
        target = new Pane();
        target.setId("drop-target");
        target.setMinSize(300, 200);
        stage.setScene(new Scene(new HBox(source, target), 500, 300));
        stage.show();
    }

    @Test
    void filesDroppedOnTheWindowReachTheReceiverInOneCall() throws Exception {
        Path first = Files.writeString(dir.resolve("a.cloudhub-order"), "{}");
        Path second = Files.writeString(dir.resolve("b.cloudhub-order"), "{}");
        carried = List.of(first, second);
        List<List<Path>> drops = new CopyOnWriteArrayList<>();
        interact(() -> new AlertDialogService(() -> stage, () -> new I18n(Locale.ENGLISH)).onFilesDropped(drops::add));

        drag("#drag-source").dropTo("#drop-target");

        Wait.until("the drop handed over", WAIT, () -> !drops.isEmpty());
        assertThat(drops).containsExactly(List.of(first, second));
    }

    @Test
    void aDragOfTextIsNotTaken() {
        carried = List.of();
        List<List<Path>> drops = new CopyOnWriteArrayList<>();
        interact(() -> new AlertDialogService(() -> stage, () -> new I18n(Locale.ENGLISH)).onFilesDropped(drops::add));

        drag("#drag-source").dropTo("#drop-target");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(drops).isEmpty();
    }
}
