package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.OrderStatus;
import java.time.Instant;

/** One line of the orders overview, ready to show. {@code followed}: placed by this app. */
public record OrderRow(String id, OrderStatus status, String statusText, String service, String nodeSize,
                       String region, String price, String created, Instant createdAt, boolean followed) {
}
