package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.OrderStatus;

/** The overview's status filter: all orders, or those in one status. */
public enum StatusFilter {
    ALL(null), NEW(OrderStatus.NEW), PROCESSING(OrderStatus.PROCESSING), DONE(OrderStatus.DONE),
    FAILED(OrderStatus.FAILED), UNKNOWN(OrderStatus.UNKNOWN);

    private final OrderStatus status;

    StatusFilter(OrderStatus status) {
        this.status = status;
    }

    public boolean accepts(OrderStatus candidate) {
        return status == null || status == candidate;
    }

    /** The i18n key of the filter's label. */
    public String key() {
        return status == null ? "overview.filter.all" : "status.name." + StatusTexts.keyPart(status) + ".short";
    }
}
