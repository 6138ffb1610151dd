package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.FailureMessage;
import java.time.Instant;

/**
 * What the app knows about one followed order at a moment: the last order the server sent (null
 * until the first answer), when it last asked and how that went, and whether it keeps asking.
 * A failed check never throws away {@code order}.
 *
 * @param failure why the last check failed, in the app's one classification; null unless {@code health} is FAILED
 * @param lastSeen when the server last sent (or confirmed) {@code order}: {@code lastAnswer}, or from an
 *                 earlier run the time the local store kept; null when not known
 */
public record OrderSnapshot(String orderId, Order order, Instant lastChecked, Instant lastAnswer,
                            Health health, FailureMessage failure, boolean polling, int checks, int notModified,
                            Instant lastSeen) {

    /** How the last check went. */
    public enum Health {
        /** No check yet. */
        PENDING,
        /** The server answered with the order (or 304: unchanged). */
        OK,
        /** The check failed; {@link #failure()} says how. */
        FAILED
    }

    public OrderSnapshot {
        if (lastAnswer != null && (lastSeen == null || lastAnswer.isAfter(lastSeen))) {
            lastSeen = lastAnswer;
        }
        if (health == Health.FAILED && failure == null) {
            failure = FailureMessage.of(ApiFailure.OTHER);
        } else if (health != Health.FAILED) {
            failure = null;
        }
    }

    /** A snapshot whose order was last seen at its last answer. */
    public OrderSnapshot(String orderId, Order order, Instant lastChecked, Instant lastAnswer, Health health,
                         FailureMessage failure, boolean polling, int checks, int notModified) {
        this(orderId, order, lastChecked, lastAnswer, health, failure, polling, checks, notModified, lastAnswer);
    }

    /** A snapshot of a check that did not fail (or of none yet). */
    public OrderSnapshot(String orderId, Order order, Instant lastChecked, Instant lastAnswer, Health health,
                         boolean polling, int checks, int notModified) {
        this(orderId, order, lastChecked, lastAnswer, health, null, polling, checks, notModified);
    }

    /** The kind of the last check's failure, or null when it did not fail. */
    public ApiFailure failureKind() {
        return failure == null ? null : failure.kind();
    }

    public OrderStatus status() {
        return order == null ? OrderStatus.UNKNOWN : order.parsedStatus();
    }

    /** True when the last check failed because the server cannot be used now: what is shown is the last seen state. */
    public boolean isOffline() {
        return health == Health.FAILED && failure.kind().meansOffline();
    }

    public boolean isFinished() {
        return order != null && order.parsedStatus().isTerminal();
    }

    /**
     * True while the last check failed and the order may still change: a finished order's state is
     * final, so a check that failed before it was learned (e.g. from the orders list) no longer matters.
     */
    public boolean isTrouble() {
        return health == Health.FAILED && !isFinished();
    }
}
