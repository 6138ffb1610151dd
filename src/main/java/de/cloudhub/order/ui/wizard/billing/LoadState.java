package de.cloudhub.order.ui.wizard.billing;

/** Where a list that comes from the server stands. */
public enum LoadState {
    IDLE,
    LOADING,
    LOADED,
    /** The server cannot be reached: the list shown is the one last seen on this computer. */
    LAST_SEEN,
    /** The server cannot be reached and this list was never seen on this computer: it needs a connection. */
    NEEDS_CONNECTION,
    /** The server answered with a failure (see the view-model's failure). */
    FAILED;

    /** Worth loading again: it failed, or what is shown stood in for the server's answer. */
    public boolean worthReloading() {
        return this == FAILED || this == LAST_SEEN || this == NEEDS_CONNECTION;
    }
}
