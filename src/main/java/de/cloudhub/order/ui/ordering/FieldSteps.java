package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.model.OrderField;
import de.cloudhub.order.model.StepId;
import java.util.Optional;

/** Which wizard step owns a problem's field path (the paths of the model and the API contract). */
public final class FieldSteps {
    private FieldSteps() {
    }

    /** The step on which the user can change {@code field}; empty for an unknown or null path. */
    public static Optional<StepId> stepOf(String field) {
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        String root = root(field);
        for (OrderField f : OrderField.values()) {
            if (root(f.path()).equals(root)) {
                return Optional.of(f.step());
            }
        }
        return Optional.empty();
    }

    /** True when {@code field} is {@code prefix} itself or lies below it ({@code billing} covers {@code billing.profileId}). */
    public static boolean isWithin(String field, String prefix) {
        if (field == null) {
            return false;
        }
        return field.equals(prefix) || field.startsWith(prefix + ".") || field.startsWith(prefix + "[");
    }

    private static String root(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return field.substring(0, end);
    }
}
