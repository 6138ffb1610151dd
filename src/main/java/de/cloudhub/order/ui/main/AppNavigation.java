package de.cloudhub.order.ui.main;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Order;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's one navigation: which place the main window shows (drafts · wizard · an order's status ·
 * the orders overview) and which draft the wizard edits. Views and features call it; the main window
 * binds to {@link #destinationProperty()}. Call on the FX thread.
 */
public final class AppNavigation {
    private final ReadOnlyObjectWrapper<Destination> destination =
            new ReadOnlyObjectWrapper<>(this, "destination", Destination.of(Place.WIZARD));
    private final Consumer<DraftRecord> sessions;
    private final Consumer<Order> orderAgain;

    /** A navigation without "Order again" (views that never offer it). */
    public AppNavigation(Consumer<DraftRecord> sessions) {
        this(sessions, failed -> {
            throw new IllegalStateException("This navigation cannot order again");
        });
    }

    /**
     * @param sessions   makes the wizard edit the given draft (null: a new, empty order), disposing the
     *                   session it edited before
     * @param orderAgain makes a new draft from a failed order's settings and opens it (through {@code sessions})
     */
    public AppNavigation(Consumer<DraftRecord> sessions, Consumer<Order> orderAgain) {
        this.sessions = Objects.requireNonNull(sessions);
        this.orderAgain = Objects.requireNonNull(orderAgain);
    }

    public ReadOnlyObjectProperty<Destination> destinationProperty() { return destination.getReadOnlyProperty(); }
    public Destination getDestination() { return destination.get(); }

    /** A fresh order in the wizard. */
    public void newOrder() {
        sessions.accept(null);
        showWizard();
    }

    /** Opens {@code draft}: an ordered one as its order's status, any other in the wizard. */
    public void openDraft(DraftRecord draft) {
        Objects.requireNonNull(draft);
        if (draft.state() == DraftState.ORDERED && draft.orderId() != null) {
            showOrder(draft.orderId());
            return;
        }
        sessions.accept(draft);
        showWizard();
    }

    public void showWizard() { destination.set(Destination.of(Place.WIZARD)); }
    public void showDrafts() { destination.set(Destination.of(Place.DRAFTS)); }
    public void showOverview() { destination.set(Destination.of(Place.ORDERS_OVERVIEW)); }
    public void showOrder(String orderId) { destination.set(Destination.order(orderId)); }

    /** "Order again with these settings" of a failed order: a new draft with them, in the wizard. */
    public void orderAgain(Order failed) {
        orderAgain.accept(Objects.requireNonNull(failed));
    }
}
