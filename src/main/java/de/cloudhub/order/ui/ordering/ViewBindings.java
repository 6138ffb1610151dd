package de.cloudhub.order.ui.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;

/**
 * Listeners from a view onto its longer-lived view-model. Views are rebuilt when the language
 * changes, so the view-model holds them only weakly; the view's root node keeps them alive.
 */
public final class ViewBindings {
    private static final String KEY = ViewBindings.class.getName();

    private ViewBindings() {
    }

    /** Runs {@code update} now and after every change of any of {@code sources}, while {@code owner} lives. */
    public static void onChange(Node owner, Runnable update, Observable... sources) {
        Runnable run = () -> {
            update.run();
            revalidate(sources);
        };
        InvalidationListener strong = o -> run.run();
        keep(owner, strong);
        InvalidationListener weak = new WeakInvalidationListener(strong);
        for (Observable source : sources) {
            source.addListener(weak);
        }
        run.run();
    }

    /** Reads every value so that each invalidation listener fires again at the next change. */
    private static void revalidate(Observable... sources) {
        for (Observable source : sources) {
            if (source instanceof javafx.beans.value.ObservableValue<?> v) {
                v.getValue();
            }
        }
    }

    /** Like {@link #onChange(Node, Runnable, Observable...)} for one value. */
    public static <T> void onValue(Node owner, javafx.beans.value.ObservableValue<T> value, Consumer<T> update) {
        onChange(owner, () -> update.accept(value.getValue()), value);
    }

    @SuppressWarnings("unchecked")
    private static void keep(Node owner, Object listener) {
        List<Object> kept = (List<Object>) owner.getProperties().computeIfAbsent(KEY, k -> new ArrayList<>());
        kept.add(listener);
    }
}
