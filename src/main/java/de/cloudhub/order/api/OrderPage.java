package de.cloudhub.order.api;

import de.cloudhub.order.model.Order;
import java.util.List;

/**
 * One page of {@code GET /orders}, newest first; {@code nextCursor} asks for the next page, null on the
 * last one.
 */
public record OrderPage(List<Order> orders, String nextCursor) {
    public OrderPage {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
