package de.cloudhub.order.ui.status;

/**
 * One row of an order's timeline, ready to show: the status in words, when it began and how long
 * it lasted ({@code took} names the running time for the current, unfinished status, and is empty
 * for a final one). {@code current} marks the status the order is in now.
 */
public record TimelineEntry(String status, String rawStatus, String at, String took, boolean current) {
}
