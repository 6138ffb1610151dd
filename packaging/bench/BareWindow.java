import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of packaging/bench/startup.sh: a bare JavaFX window with one Label on the plain JDK.
 * Prints the wall-clock time (epoch ms) at which its window was shown; the script counts it, like the app's
 * log lines, from the moment the script starts the process, so both sides include what their launcher does before the JVM
 * runs, and neither pays for reading the JVM's start time on its FX thread.
 * The window has the app's own size (1180 x 780), so the pixel buffers a window costs, which grow with
 * its area, are the same on both sides of the memory comparison.
 */
public class BareWindow extends Application {
    /** The size the app's window opens at the first time (CloudhubOrderApp's scene). */
    private static final int WIDTH = 1180;
    private static final int HEIGHT = 780;

    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare JavaFX");
        stage.setScene(new Scene(new Label("Bare JavaFX window"), WIDTH, HEIGHT));
        stage.setOnShown(e -> Platform.runLater(() ->
                System.out.println("window shown at " + System.currentTimeMillis())));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
