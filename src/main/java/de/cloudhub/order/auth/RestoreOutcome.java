package de.cloudhub.order.auth;

/** What {@link OAuthSession#restore()} found at start. */
public enum RestoreOutcome {
    /** Signed in again from the stored refresh token. */
    RESTORED,
    /** Nothing stored for this endpoint: the sign-in window is needed. */
    NOTHING_STORED,
    /** The server refused the stored token ({@code invalid_grant}); it was deleted: the sign-in window is needed. */
    SIGNED_OUT,
    /**
     * The server could not be reached (or failed): the stored token is kept and tried again when a call needs
     * the server. Work offline; ask for a sign-in only if the server later refuses the token.
     */
    NOT_REACHABLE
}
