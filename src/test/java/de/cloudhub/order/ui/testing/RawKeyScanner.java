package de.cloudhub.order.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Walks a scene graph and finds every visible text that shows a raw i18n key ({@code !some.key!},
 * what {@code I18n.t} returns for a missing key). Call on the FX thread, e.g. inside
 * {@code interact(...)}, or via {@link #assertNoRawKeys(Node)} from a TestFX test.
 */
public final class RawKeyScanner {
    private static final Pattern RAW_KEY = Pattern.compile("![A-Za-z0-9_.\\-]+!");

    private RawKeyScanner() {
    }

    /** Every "where: text" containing a raw key below {@code root} (visible nodes only). */
    public static List<String> findRawKeys(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    /** Fails the test, naming each raw key and where it shows. */
    public static void assertNoRawKeys(Node root) {
        assertThat(findRawKeys(root)).as("texts showing a raw i18n key").isEmpty();
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(node, "text", labeled.getText(), found);
        }
        if (node instanceof Text text) {
            check(node, "text", text.getText(), found);
        }
        if (node instanceof TextInputControl input) {
            check(node, "prompt", input.getPromptText(), found);
        }
        if (node instanceof Control control) {
            Tooltip tooltip = control.getTooltip();
            if (tooltip != null) {
                check(node, "tooltip", tooltip.getText(), found);
            }
        }
        check(node, "accessible text", node.getAccessibleText(), found);
        check(node, "accessible help", node.getAccessibleHelp(), found);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void check(Node node, String what, String text, List<String> found) {
        if (text != null && RAW_KEY.matcher(text).find()) {
            String where = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
            found.add(where + " " + what + ": " + text);
        }
    }
}
