package de.cloudhub.order.ui.main;

import de.cloudhub.order.ui.common.CopyButton;
import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The window's content when no token was given: what is missing, how to give it, the command to copy, Close. */
public final class MissingTokenView {
    /** The window's width; its height follows from the text. */
    private static final double WIDTH = 760;

    private final VBox root;

    /**
     * @param clipboard puts the command on the clipboard ({@link CopyButton#systemClipboard()} in the app)
     * @param close     closes the window
     */
    public MissingTokenView(MissingTokenViewModel vm, I18n t, Consumer<String> clipboard, Runnable close) {
        Objects.requireNonNull(vm);
        Objects.requireNonNull(t);
        Objects.requireNonNull(close);
        Label title = new Label(t.t("app.missing-token.title"));
        title.getStyleClass().add("center-title");
        Label message = text("missing-token-message", t.t("app.missing-token.message", vm.endpoint().toString()));
        Label ways = text("missing-token-ways", t.t("app.missing-token.ways"));
        VBox list = new VBox(6,
                item("missing-token-env", t.t("app.missing-token.env")),
                item("missing-token-file", t.t("app.missing-token.file", MissingTokenViewModel.TOKEN_FILE)),
                item("missing-token-sandbox", t.t("app.missing-token.sandbox")));
        Label argument = text("missing-token-argument", t.t("app.missing-token.argument"));
        argument.getStyleClass().add("missing-token-note");

        Label commandLabel = new Label(t.t("app.missing-token.command"));
        // all of the command in view, wrapped, never scrolled off to the side
        TextArea command = new TextArea(vm.command());
        command.setId("missing-token-command");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(2);
        command.setMinHeight(Region.USE_PREF_SIZE);
        command.getStyleClass().add("missing-token-command");
        commandLabel.setLabelFor(command);
        CopyButton copy = new CopyButton("missing-token-copy", t.t("app.missing-token.copy"),
                t.t("app.missing-token.copied"), vm::command, clipboard);

        Button closeButton = new Button(t.t("app.missing-token.close"));
        closeButton.setId("missing-token-close");
        closeButton.setDefaultButton(true);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(spacer, closeButton);

        VBox box = new VBox(14, title, message, ways, list, argument, commandLabel, command, copy.node(), buttons);
        box.setId("missing-token");
        box.getStyleClass().addAll("center-message", "missing-token");
        box.setAlignment(Pos.TOP_LEFT);
        box.setFillWidth(true);
        box.setPrefWidth(WIDTH);
        root = box;
    }

    public Parent root() {
        return root;
    }

    private static Label text(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Node item(String id, String text) {
        Label label = text(id, "•  " + text);
        label.getStyleClass().add("missing-token-way");
        return label;
    }
}
