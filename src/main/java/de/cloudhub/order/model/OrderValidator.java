package de.cloudhub.order.model;

import java.util.List;

/** SCAFFOLD: model helper implements. */
public final class OrderValidator {
    private OrderValidator() {
    }

    /**
     * Every problem of the draft at once. {@code currentTermsVersion} null skips the terms check
     * (a draft before the summary).
     */
    public static List<Problem> validate(OrderDraft draft, Catalog catalog, String currentTermsVersion) {
        return List.of();
    }
}
