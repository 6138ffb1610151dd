package de.cloudhub.order.auth;

/** Told when the session has ended, so the app can bring back the sign-in window (and keep every draft). */
@FunctionalInterface
public interface SignedOutListener {
    /** Why the session ended. */
    enum Why {
        /** The server no longer accepts the refresh token ({@code invalid_grant}): revoked, expired or reused. */
        SESSION_ENDED,
        /** The person signed out here. */
        SIGNED_OUT
    }

    /** Called on the thread that noticed (a background thread); hand over to the UI thread yourself. */
    void signedOut(Why why);
}
