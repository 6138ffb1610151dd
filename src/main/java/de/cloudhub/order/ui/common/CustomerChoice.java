package de.cloudhub.order.ui.common;

import java.util.Objects;

/**
 * One entry of a customer filter (sales staff; the drafts view and the orders overview): every customer, one
 * customer, or what has no customer yet ({@code all} false and {@code customerId} null).
 */
public record CustomerChoice(boolean all, String customerId, String label) {
    public CustomerChoice {
        label = label == null ? "" : label;
    }

    public static CustomerChoice everyCustomer(String label) {
        return new CustomerChoice(true, null, label);
    }

    /** True for what belongs to the customer {@code id} names (null: no customer yet) under this choice. */
    public boolean accepts(String id) {
        return all || Objects.equals(customerId, id);
    }

    @Override
    public String toString() {
        return label;
    }
}
