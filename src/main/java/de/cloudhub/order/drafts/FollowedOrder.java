package de.cloudhub.order.drafts;

import de.cloudhub.order.model.Order;
import java.time.Instant;
import java.util.Objects;

/**
 * A followed order as the app last saw it, and when: {@code seenAt} is when the server last sent this state
 * (null for an order remembered by an older version of the app, which did not keep the time).
 */
public record FollowedOrder(Order order, Instant seenAt) {
    public FollowedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.id(), "order.id");
    }
}
