package de.cloudhub.order.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft's title made from its choices, the same in every language: node size, storage and region
 * ("a2-8 · 100 GB · DE-WEST-1"), or the order reference when the person gave one.
 */
public final class DraftTitle {
    static final String SEPARATOR = " · ";

    private DraftTitle() {
    }

    /** The title for {@code order}; empty while nothing that names it is chosen. */
    public static String of(OrderRequest order) {
        if (order.reference() != null && !order.reference().isBlank()) {
            return order.reference().strip();
        }
        List<String> parts = new ArrayList<>(3);
        if (order.nodeSize() != null && !order.nodeSize().isBlank()) {
            parts.add(order.nodeSize());
        }
        if (order.storageGb() != null) {
            parts.add(order.storageGb() + " GB");
        }
        if (order.region() != null && !order.region().isBlank()) {
            parts.add(order.region());
        }
        return String.join(SEPARATOR, parts);
    }
}
