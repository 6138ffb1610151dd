package de.cloudhub.order.sandbox;

import de.cloudhub.order.model.OrderStatus;

/** How an order ends: {@code DONE}, or {@code failed} with a reason. */
record Outcome(OrderStatus status, String reason) {
    static final Outcome DONE = new Outcome(OrderStatus.DONE, null);
}
