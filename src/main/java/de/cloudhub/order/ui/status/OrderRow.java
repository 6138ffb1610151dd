package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.OrderStatus;
import java.time.Instant;

/**
 * One line of the orders overview, ready to show. {@code followed}: placed by this app;
 * {@code unknownToServer}: the server answered 404 for it at the last check ({@code status} is then
 * the last one the app saw); {@code lastSeen}: when the server last sent or confirmed the state shown, in
 * words (shown while offline); {@code customer}: whom the order is for, as sales staff see it ("Muster GmbH
 * (K-100231)", its id while the name is not known).
 */
public record OrderRow(String id, OrderStatus status, boolean unknownToServer, String statusText, String service, String nodeSize,
                       String region, String price, String created, Instant createdAt, boolean followed,
                       String lastSeen, String customerId, String customer) {
}
