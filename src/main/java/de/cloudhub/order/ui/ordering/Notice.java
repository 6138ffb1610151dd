package de.cloudhub.order.ui.ordering;

import java.util.List;

/**
 * A sentence for the user, as an i18n key with MessageFormat arguments; arguments that are
 * {@link Money} are formatted for the user's locale when the text is made.
 */
public record Notice(String key, Kind kind, List<Object> arguments) {
    public enum Kind { INFO, PROGRESS, WARNING, ERROR }

    public Notice {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Notice of(String key, Kind kind, Object... arguments) {
        return new Notice(key, kind, List.of(arguments));
    }
}
