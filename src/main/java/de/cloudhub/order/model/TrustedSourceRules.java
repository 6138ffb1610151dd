package de.cloudhub.order.model;

import java.util.List;

/** SCAFFOLD: model helper implements. */
public final class TrustedSourceRules {
    private TrustedSourceRules() {
    }

    public static TrustedSourceCheck check(List<TrustedSource> sources, boolean allowAllAddresses, int maxEntries) {
        return new TrustedSourceCheck(List.of(), List.of());
    }

    /** Splits pasted text (lines, commas, semicolons, blanks) into the single entries typed. */
    public static List<String> splitInput(String pasted) {
        return List.of();
    }
}
