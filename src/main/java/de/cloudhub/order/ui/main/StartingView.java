package de.cloudhub.order.ui.main;

import de.cloudhub.order.ui.common.I18n;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows while the app starts below it (the store, the server, the catalog): the
 * main window's frame with its header and status bar and the loading message in the middle, so
 * the window that appears at once already looks like the app and the real content takes its place.
 */
public final class StartingView {
    private StartingView() {
    }

    public static Parent build(I18n t) {
        HBox header = new HBox(MainWindow.brand(t));
        header.getStyleClass().add("app-header");
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(header);
        top.getStyleClass().add("app-top");
        StackPane center = new StackPane(MainWindow.loadingView(t));
        center.getStyleClass().add("main-center");
        Label statusLine = new Label();
        statusLine.setId("status-line");
        statusLine.getStyleClass().add("status-line");
        statusLine.setMaxWidth(Double.MAX_VALUE);
        HBox status = new HBox(statusLine);
        status.getStyleClass().add("status-bar");
        HBox.setHgrow(statusLine, Priority.ALWAYS);
        BorderPane root = new BorderPane(center, top, null, status, null);
        root.setId("starting");
        root.getStyleClass().add("main-window");
        return root;
    }
}
