package de.cloudhub.order.app;

/**
 * The app cannot start in this environment (data folder not usable, sandbox port taken, ...). The
 * message is the one line the user sees, saying what is wrong and what to do; no stack trace follows.
 */
final class StartupException extends RuntimeException {
    StartupException(String oneLine) {
        super(oneLine, null, false, false);
    }
}
