package de.cloudhub.order.ui.main;

/** The app's top-level places; the main window shows exactly one. */
public enum Place {
    DRAFTS,
    WIZARD,
    ORDER_STATUS,
    ORDERS_OVERVIEW
}
