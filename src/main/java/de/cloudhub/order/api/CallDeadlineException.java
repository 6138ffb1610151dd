package de.cloudhub.order.api;

import java.net.SocketTimeoutException;

/**
 * A call ran past its overall deadline ({@link ApiConfig#callDeadline()}): the answer was cut off however
 * steadily it trickled in. A timeout like the socket's own, so it is read as one.
 */
final class CallDeadlineException extends SocketTimeoutException {
    CallDeadlineException(String message) {
        super(message);
    }
}
