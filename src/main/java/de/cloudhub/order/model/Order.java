package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the API returns it. {@code status} is kept as the server spelled it. */
public record Order(String id, String customerId, String status, Instant createdAt, Instant updatedAt,
                    List<StatusChange> history, OrderRequest request,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyNet,
                    OrderFailure failure, ConnectionInfo connection, OrderLinks links) {
    public Order {
        history = history == null ? List.of() : List.copyOf(history);
    }

    @JsonIgnore
    public OrderStatus parsedStatus() {
        return OrderStatus.parse(status);
    }
}
