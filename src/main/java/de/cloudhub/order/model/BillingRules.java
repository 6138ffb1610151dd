package de.cloudhub.order.model;

import java.util.List;

/** SCAFFOLD: model helper implements. */
public final class BillingRules {
    private BillingRules() {
    }

    /** Problems of fields {@code billing}, {@code billing.profileId}, {@code billing.newProfile.<name>}. */
    public static List<Problem> validate(BillingChoice billing) {
        return List.of();
    }

    /** Problems of field {@code billing.newProfile.<name>} for the new-profile form. */
    public static List<Problem> validateNewProfile(NewBillingProfile profile) {
        return List.of();
    }
}
