package de.cloudhub.order.ui.main;

/** Where the main window stands with the API. */
public enum ConnectionPhase {
    /** Loading the catalog, the signed-in user and the terms. */
    LOADING,
    /** Everything loaded; the wizard is usable. */
    READY,
    /** Loading failed; {@link MainWindowViewModel#getFailure()} says why. */
    FAILED
}
