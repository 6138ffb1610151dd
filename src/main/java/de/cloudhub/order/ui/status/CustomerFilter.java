package de.cloudhub.order.ui.status;

/**
 * One entry of the overview's customer filter (sales staff): every customer ({@code customerId} null) or
 * the orders of one customer, named as the column names it.
 */
public record CustomerFilter(String customerId, String label) {
    public CustomerFilter {
        label = label == null ? "" : label;
    }

    public boolean accepts(OrderRow row) {
        return customerId == null || customerId.equals(row.customerId());
    }

    @Override
    public String toString() {
        return label;
    }
}
