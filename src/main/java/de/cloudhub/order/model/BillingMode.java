package de.cloudhub.order.model;

/** How the order is billed: to an existing billing profile, or to a new one typed with the order. */
public enum BillingMode {
    EXISTING, NEW
}
