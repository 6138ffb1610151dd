package de.cloudhub.order.ui.common;

import java.util.Objects;

/**
 * One text a dialog shows for copying (a request body, a command): its node id, its translated label
 * and the text itself, shown read-only in a monospaced box with a Copy button ({@code <id>-copy}).
 */
public record CopyableText(String id, String label, String text) {
    public CopyableText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
