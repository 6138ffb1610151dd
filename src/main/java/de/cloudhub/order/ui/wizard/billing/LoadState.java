package de.cloudhub.order.ui.wizard.billing;

/** Where a list that comes from the server stands. */
public enum LoadState {
    IDLE, LOADING, LOADED, FAILED
}
