package de.cloudhub.order.ui.common;

import de.cloudhub.order.model.CustomerRef;

/**
 * The one sentence that names whom sales staff order for, "Ordering for Muster GmbH (K-100231)": in the
 * header, above the order button, on the summary, in the order status, the notifications and the overview.
 */
public final class OrderingFor {
    private OrderingFor() {
    }

    /** "Ordering for <name> (<number>)"; without a number (not known) the name alone. */
    public static String text(I18n i18n, CustomerRef customer) {
        return customer.number() == null || customer.number().isBlank()
                ? i18n.t("app.ordering-for.no-number", name(customer))
                : i18n.t("app.ordering-for", name(customer), customer.number());
    }

    /**
     * The same for a customer of whom only the id may be known yet ({@code known} null: being looked up, or
     * not found): "Ordering for c-1004" until the name is there.
     */
    public static String text(I18n i18n, String customerId, CustomerRef known) {
        return known != null ? text(i18n, known) : i18n.t("app.ordering-for.no-number", customerId);
    }

    /** "Muster GmbH (K-100231)", or the id while only that is known ({@code known} null). */
    public static String customer(I18n i18n, String customerId, CustomerRef known) {
        return known != null ? customer(i18n, known) : customerId;
    }

    /** "Muster GmbH (K-100231)": the customer as a list or a column names it. */
    public static String customer(I18n i18n, CustomerRef customer) {
        return customer.number() == null || customer.number().isBlank() ? name(customer)
                : i18n.t("app.customer.named", name(customer), customer.number());
    }

    private static String name(CustomerRef customer) {
        return customer.name() == null || customer.name().isBlank() ? customer.id() : customer.name();
    }
}
