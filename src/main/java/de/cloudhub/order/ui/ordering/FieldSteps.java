package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.ui.wizard.StepId;
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
        return Optional.ofNullable(switch (root) {
            case "serviceId" -> StepId.SERVICE;
            case "nodeSize", "maxmemoryPolicy" -> StepId.NODE_SIZE;
            case "storageGb" -> StepId.STORAGE;
            case "trustedSources", "allowAllAddresses" -> StepId.TRUSTED_SOURCES;
            case "region" -> StepId.REGION;
            case "billing", "customerId", "reference" -> StepId.BILLING;
            case "terms", "quotedMonthlyNet" -> StepId.SUMMARY;
            default -> null;
        });
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
