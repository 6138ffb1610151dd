package de.cloudhub.order.drafts;

import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored draft, immutable: the FX thread makes it from the session's input and hands it to the
 * store's writer thread as it is.
 *
 * @param id               the draft's own id (a UUID string), never reused
 * @param title            what the person sees in the drafts list (made from the choices, or renamed)
 * @param titleByPerson    true once the person renamed the draft: then the title no longer follows the choices
 * @param customerId       for whom the order is (sales), or the customer's own id; null while none is chosen
 * @param customerName     the customer's name as last seen, for the list and its search; may be null
 * @param createdAt        when the first edit made the draft
 * @param updatedAt        the last change
 * @param pageId           the page the person was on, by its id ({@code page-region}), never its position
 * @param state            draft · sending · outcome unknown · ordered
 * @param orderId          the order's id once {@link DraftState#ORDERED}; null before
 * @param order            every input as the {@code POST /orders} body; its {@code terms} never say accepted
 * @param idempotencyKey   the key the order is (or was) sent under; null until the first press
 * @param priceSeen        the monthly net price the person last saw for these choices; null while none
 * @param termsVersionSeen the terms version that was current when the person last edited; null while unknown
 */
public record DraftRecord(String id, String title, boolean titleByPerson, String customerId, String customerName,
                          Instant createdAt, Instant updatedAt, String pageId, DraftState state, String orderId,
                          OrderRequest order, String idempotencyKey, BigDecimal priceSeen,
                          String termsVersionSeen) {
    public DraftRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(order, "order");
        title = title == null ? "" : title;
        // whoever orders ticks the checkbox in that sitting: an acceptance is never stored
        if (order.terms() != null && order.terms().accepted()) {
            order = new OrderRequest(order.customerId(), order.serviceId(), order.nodeSize(), order.storageGb(),
                    order.trustedSources(), order.allowAllAddresses(), order.region(), order.maxmemoryPolicy(),
                    order.billing(), new TermsAcceptance(order.terms().version(), false), order.quotedMonthlyNet(),
                    order.reference());
        }
    }

    public DraftRecord withState(DraftState newState, String newOrderId, Instant at) {
        return new DraftRecord(id, title, titleByPerson, customerId, customerName, createdAt, at, pageId, newState,
                newOrderId, order, idempotencyKey, priceSeen, termsVersionSeen);
    }

    public DraftRecord withTitle(String newTitle, boolean byPerson, Instant at) {
        return new DraftRecord(id, newTitle, byPerson, customerId, customerName, createdAt, at, pageId, state,
                orderId, order, idempotencyKey, priceSeen, termsVersionSeen);
    }
}
