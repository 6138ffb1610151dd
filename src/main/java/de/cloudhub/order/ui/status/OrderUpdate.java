package de.cloudhub.order.ui.status;

/**
 * One change the watcher reports: the new snapshot, and the status the order had before when it
 * changed ({@code previousStatus} is the server's spelling, null when the status did not change or
 * the order was not known before).
 */
public record OrderUpdate(OrderSnapshot snapshot, String previousStatus, boolean statusChanged) {
    public String orderId() {
        return snapshot.orderId();
    }
}
