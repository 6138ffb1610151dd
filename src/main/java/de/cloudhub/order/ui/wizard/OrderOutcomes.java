package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.Order;

/** What the app does with an order that came out of a session (follow it, show its status). Called on the FX thread. */
public interface OrderOutcomes {
    /** The session's order was placed. */
    void placed(OrderSession session, Order order);

    /**
     * An earlier press without an answer placed this order after all (found by its key); the session
     * keeps the changed input the person sees.
     */
    void earlierFound(OrderSession session, Order order);

    /** Outcomes nobody follows (tests of a single page). */
    OrderOutcomes IGNORED = new OrderOutcomes() {
        @Override
        public void placed(OrderSession session, Order order) {
        }

        @Override
        public void earlierFound(OrderSession session, Order order) {
        }
    };
}
