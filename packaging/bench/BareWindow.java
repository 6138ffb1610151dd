import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of packaging/bench/startup.sh: a bare JavaFX window with one Label on the plain JDK.
 * Prints when its window was shown, counted from the JVM's start as the app's log does
 * ({@code RuntimeMXBean.getStartTime()}; the time a launcher spends before it starts the JVM is not in it).
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
        stage.setOnShown(e -> Platform.runLater(() -> {
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("window shown after " + (System.currentTimeMillis() - started) + " ms");
        }));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
