package de.cloudhub.order.app;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size and position as the person left them, kept as one setting ({@code x,y,width,height,
 * maximized}); restored only where a screen still shows a good part of it.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** How much of the window a screen must show for the old place to be used (a title bar's worth). */
    private static final double VISIBLE = 120;

    static Optional<WindowPlacement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement p = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return p.width() >= 200 && p.height() >= 150 && Double.isFinite(p.x()) && Double.isFinite(p.y())
                    ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%s", x, y, width, height, maximized);
    }

    /** True when a screen that exists now shows enough of the window to grab it. */
    boolean isOnAScreen() {
        Rectangle2D grab = new Rectangle2D(x, y, Math.min(width, VISIBLE), Math.min(height, VISIBLE / 4));
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(grab));
    }

    void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }
}
