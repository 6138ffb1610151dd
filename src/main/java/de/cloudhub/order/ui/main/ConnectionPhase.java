package de.cloudhub.order.ui.main;

/** Where the main window stands with the API. */
public enum ConnectionPhase {
    /** Loading the catalog, the signed-in user and the terms. */
    LOADING,
    /** Everything loaded; the wizard is usable. */
    READY,
    /** No answer from the endpoint (refused, timed out, unknown host). */
    UNREACHABLE,
    /** The endpoint did not accept the token (401/403). */
    UNAUTHORIZED,
    /** The endpoint answered, but not usefully (an error status, malformed JSON). */
    FAILED
}
