package de.cloudhub.order.ui.drafts;

import java.util.Objects;

/**
 * One entry of the customer filter (sales staff): every customer, one customer, or the drafts that
 * have no customer yet ({@code all} false and {@code customerId} null).
 */
public record CustomerChoice(boolean all, String customerId, String label) {
    public CustomerChoice {
        label = label == null ? "" : label;
    }

    public static CustomerChoice everyCustomer(String label) {
        return new CustomerChoice(true, null, label);
    }

    boolean accepts(DraftRow row) {
        return all || Objects.equals(customerId, row.draft().customerId());
    }

    @Override
    public String toString() {
        return label;
    }
}
