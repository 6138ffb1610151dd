package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.OrderStatus;

/** A followed order changed status: what the notification says. {@code status} decides how it stands out. */
public record StatusNotice(String orderId, OrderStatus status, String title, String text) {
    /** DONE and failed stand out from the steps in between. */
    public boolean standsOut() {
        return status.isTerminal();
    }
}
