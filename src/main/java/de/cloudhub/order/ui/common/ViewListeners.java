package de.cloudhub.order.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Listeners from a view to its view-model that live only as long as the view's node: views are
 * built again on a language change while the view-model stays, so a strong listener would keep
 * every old view alive and busy.
 */
public final class ViewListeners {
    private static final String KEY = ViewListeners.class.getName();

    private ViewListeners() {
    }

    /** Runs {@code action} now and whenever one of {@code sources} changes, while {@code owner} lives. */
    public static void onChange(Node owner, Runnable action, Observable... sources) {
        Runnable run = () -> {
            action.run();
            revalidate(sources);
        };
        InvalidationListener listener = o -> run.run();
        keep(owner, listener);
        for (Observable source : sources) {
            source.addListener(new WeakInvalidationListener(listener));
        }
        run.run();
    }

    /** Like {@link #onChange(Node, Runnable, Observable...)} for one value, handed to {@code action}. */
    public static <T> void onValue(Node owner, ObservableValue<T> value, Consumer<T> action) {
        onChange(owner, () -> action.accept(value.getValue()), value);
    }

    /**
     * Reads every source value, so that each source (a lazy binding, too) invalidates again at its next
     * change even when {@code action} did not read it.
     */
    private static void revalidate(Observable... sources) {
        for (Observable source : sources) {
            if (source instanceof ObservableValue<?> value) {
                value.getValue();
            }
        }
    }

    /**
     * Runs {@code attached} whenever {@code node} enters a scene and {@code detached} whenever it leaves
     * one, so a view-model listens and polls only while its view is shown.
     */
    public static void whileInScene(Node node, Runnable attached, Runnable detached) {
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                attached.run();
            } else {
                detached.run();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void keep(Node owner, Object listener) {
        ((List<Object>) owner.getProperties().computeIfAbsent(KEY, k -> new ArrayList<>())).add(listener);
    }
}
