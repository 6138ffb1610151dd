package de.cloudhub.order.auth;

import java.util.Objects;

/** Why a sign-in did not succeed; the message is for the log, {@link #reason()} decides what the person reads. */
public final class SignInException extends Exception {
    /** What went wrong, as far as the person needs to know. */
    public enum Reason {
        /** The server (metadata, token endpoint) could not be reached. */
        UNREACHABLE,
        /** The server's metadata or answer was not what OAuth prescribes (no S256, not JSON, wrong issuer). */
        BAD_SERVER,
        /** The person (or the server) declined in the browser: {@code error=access_denied} and the like. */
        DENIED,
        /** The browser's answer carried a {@code state} other than ours: refused. */
        STATE_MISMATCH,
        /** No answer from the browser in time. */
        TIMED_OUT,
        /** The server refused the code ({@code invalid_grant}: expired, reused, wrong verifier). */
        REFUSED
    }

    private final Reason reason;

    public SignInException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public SignInException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
