package de.cloudhub.order.auth;

/**
 * The session is still held, but no access token can be had now: it needed renewing and the sign-in server gave
 * no usable answer (no connection, a 5xx, an unreadable answer). Not a sign-out: the refresh token is kept and the
 * next call tries again. Sending the request without a token would only earn a 401 that reads as "signed out".
 */
public final class SessionUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SessionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
