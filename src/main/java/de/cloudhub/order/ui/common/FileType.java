package de.cloudhub.order.ui.common;

import java.util.List;
import java.util.Objects;

/**
 * A kind of file a file chooser offers: its translated description and its extensions without the
 * leading star ({@code .cloudhub-order}).
 */
public record FileType(String description, List<String> extensions) {
    public FileType {
        Objects.requireNonNull(description, "description");
        extensions = List.copyOf(extensions);
        if (extensions.isEmpty() || extensions.stream().anyMatch(e -> !e.startsWith("."))) {
            throw new IllegalArgumentException("extensions must start with a dot: " + extensions);
        }
    }

    /** The patterns a file chooser filters by: {@code *.cloudhub-order}. */
    public List<String> patterns() {
        return extensions.stream().map(e -> "*" + e).toList();
    }
}
