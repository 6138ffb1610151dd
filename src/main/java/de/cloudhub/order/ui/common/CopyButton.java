package de.cloudhub.order.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * A Copy button that says right beside itself that it copied (where the person looks, never at the
 * bottom of a long page), for a few seconds: the one way the app copies a value to the clipboard.
 */
public final class CopyButton {
    static final Duration FEEDBACK_STAYS = Duration.seconds(4);

    private final Button button;
    private final Label feedback = new Label();
    private final HBox root;
    private final PauseTransition hide = new PauseTransition(FEEDBACK_STAYS);

    /**
     * @param text      the button's label
     * @param copied    what the feedback says after a copy
     * @param value     the text to copy, read at the click
     * @param clipboard puts a text on the clipboard ({@link #systemClipboard()} in the app)
     */
    public CopyButton(String id, String text, String copied, Supplier<String> value, Consumer<String> clipboard) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(clipboard, "clipboard");
        button = new Button(text);
        button.setId(id);
        feedback.setId(id + "-done");
        feedback.getStyleClass().add("copy-feedback");
        feedback.setText(copied);
        feedback.setWrapText(true);
        feedback.setVisible(false);
        feedback.managedProperty().bind(feedback.visibleProperty());
        hide.setOnFinished(event -> feedback.setVisible(false));
        button.setOnAction(event -> {
            clipboard.accept(value.get());
            feedback.setVisible(true);
            hide.playFromStart();
        });
        root = new HBox(8, button, feedback);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    /** The button with its feedback beside it. */
    public Node node() {
        return root;
    }

    public Button button() {
        return button;
    }

    /** Puts a text on the system clipboard (FX thread). */
    public static Consumer<String> systemClipboard() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
