package de.cloudhub.order.ui.main;

import java.util.Objects;

/** Where the main window is: a place, and for {@link Place#ORDER_STATUS} the order's id. */
public record Destination(Place place, String orderId) {
    public Destination {
        Objects.requireNonNull(place, "place");
        if ((place == Place.ORDER_STATUS) != (orderId != null)) {
            throw new IllegalArgumentException("An order id goes with the order status, and only there");
        }
    }

    public static Destination of(Place place) {
        return new Destination(place, null);
    }

    public static Destination order(String orderId) {
        return new Destination(Place.ORDER_STATUS, Objects.requireNonNull(orderId));
    }
}
