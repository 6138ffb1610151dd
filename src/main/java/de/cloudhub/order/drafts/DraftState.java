package de.cloudhub.order.drafts;

/** Where a draft stands on its way to an order. */
public enum DraftState {
    /** Being edited; may be sent. */
    DRAFT,
    /** The order button was pressed and no answer has come yet. */
    SENDING,
    /**
     * A send had no answer (the app died while sending, or the person stopped a send that hung): the
     * server may hold an order under the draft's Idempotency-Key. Read-only and not duplicable until a
     * lookup of the key turns it into {@link #ORDERED} or back into {@link #DRAFT}.
     */
    OUTCOME_UNKNOWN,
    /** The order exists ({@link DraftRecord#orderId()}); the draft is read-only and never sends again. */
    ORDERED;

    /** True while the person may change the draft's input. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
