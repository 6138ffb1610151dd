package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import java.time.Instant;

/**
 * What the app knows about one followed order at a moment: the last order the server sent (null
 * until the first answer), when it last asked and how that went, and whether it keeps asking.
 * A failed check never throws away {@code order}.
 */
public record OrderSnapshot(String orderId, Order order, Instant lastChecked, Instant lastAnswer,
                            Health health, boolean polling, int checks, int notModified) {

    /** How the last check went. */
    public enum Health {
        /** No check yet. */
        PENDING,
        /** The server answered with the order (or 304: unchanged). */
        OK,
        /** No answer: connection refused, reset or timed out. */
        UNREACHABLE,
        /** 429: the server asked the app to slow down. */
        RATE_LIMITED,
        /** The server answered with an error (5xx or another problem). */
        SERVER_ERROR,
        /** The answer was unusable: malformed JSON, oversized body. */
        BAD_ANSWER,
        /** 404: the server does not know this order (or no longer). */
        NOT_FOUND
    }

    public OrderStatus status() {
        return order == null ? OrderStatus.UNKNOWN : order.parsedStatus();
    }

    public boolean isFinished() {
        return order != null && order.parsedStatus().isTerminal();
    }

    /**
     * True while the last check failed and the order may still change: a finished order's state is
     * final, so a check that failed before it was learned (e.g. from the orders list) no longer matters.
     */
    public boolean isTrouble() {
        return health != Health.OK && health != Health.PENDING && !isFinished();
    }
}
