package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.OrderField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Calls back whenever anything of the order (or the loaded catalog, user or terms) changes, so a
 * view-model can recompute what it derives from {@link OrderState#toDraft()}.
 */
public final class OrderStateChanges {
    private OrderStateChanges() {
    }

    /** Every observable of the state that goes into the draft or its validation: the context, each field, the server's problems. */
    public static List<Observable> inputs(OrderState s) {
        List<Observable> all = new ArrayList<>(List.of(s.catalogProperty(), s.meProperty(), s.termsProperty(),
                s.onlineProperty()));
        for (OrderField field : OrderField.edited()) {
            all.add(s.input(field));
        }
        all.add(s.billingProfileProperty());
        all.add(s.serverProblems());
        return all;
    }

    /**
     * Runs {@code onChange} after every change of the state. Change listeners, not invalidation
     * listeners: the callback need not read every value (the draft skips the unused billing form).
     */
    public static void observe(OrderState state, Runnable onChange) {
        Objects.requireNonNull(onChange);
        ChangeListener<Object> values = (o, was, now) -> onChange.run();
        ListChangeListener<Object> lists = c -> onChange.run();
        for (Observable o : inputs(Objects.requireNonNull(state))) {
            if (o instanceof ObservableList<?> list) {
                addListListener(list, lists);
            } else if (o instanceof ObservableValue<?> value) {
                addValueListener(value, values);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void addListListener(ObservableList<?> list, ListChangeListener<Object> listener) {
        ((ObservableList<Object>) list).addListener(listener);
    }

    @SuppressWarnings("unchecked")
    private static void addValueListener(ObservableValue<?> value, ChangeListener<Object> listener) {
        ((ObservableValue<Object>) value).addListener(listener);
    }
}
