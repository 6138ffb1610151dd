package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API returns it. {@code status} is kept as the server spelled it. {@code monthlyVat}
 * is the VAT billed per month (0 under reverse charge, see {@link BillingRules#isReverseCharge});
 * both it and {@code reverseCharge} may be absent from older servers.
 */
public record Order(String id, String customerId, String status, Instant createdAt, Instant updatedAt,
                    List<StatusChange> history, OrderRequest request,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyNet,
                    OrderFailure failure, ConnectionInfo connection, OrderLinks links,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyVat,
                    Boolean reverseCharge) {
    public Order {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** An order without its VAT (as before the VAT was part of the answer). */
    public Order(String id, String customerId, String status, Instant createdAt, Instant updatedAt,
                 List<StatusChange> history, OrderRequest request, BigDecimal monthlyNet,
                 OrderFailure failure, ConnectionInfo connection, OrderLinks links) {
        this(id, customerId, status, createdAt, updatedAt, history, request, monthlyNet, failure, connection, links,
                null, null);
    }

    @JsonIgnore
    public OrderStatus parsedStatus() {
        return OrderStatus.parse(status);
    }
}
