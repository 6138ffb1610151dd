package de.cloudhub.order.ui.wizard;

public enum BillingMode {
    EXISTING, NEW
}
