package de.cloudhub.order.auth;

/** Where a signed-in session is kept between starts of the app. */
public enum SessionKeeping {
    /** The OS keyring (macOS Keychain, Windows Credential Manager, Secret Service): signed in next time too. */
    KEYRING,
    /** No keyring: the session lasts until the app closes. */
    MEMORY,
    /** No keyring, and the person chose "Remember me on this computer": a file only they can read. */
    FILE
}
