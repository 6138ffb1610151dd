package de.cloudhub.order.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

class ViewListenersTest {

    @Test
    void anActionThatDoesNotReadALazySourceStillRunsAtEachChangeOfIt() {
        SimpleIntegerProperty base = new SimpleIntegerProperty(1);
        IntegerBinding doubled = Bindings.createIntegerBinding(() -> base.get() * 2, base);
        AtomicInteger runs = new AtomicInteger();

        ViewListeners.onChange(new Pane(), runs::incrementAndGet, doubled);
        base.set(2);
        base.set(3);

        assertThat(runs).hasValue(3);
    }

    @Test
    void onValueHandsTheCurrentValueNowAndAfterEachChange() {
        SimpleIntegerProperty value = new SimpleIntegerProperty(1);
        List<Number> seen = new ArrayList<>();

        ViewListeners.onValue(new Pane(), value, seen::add);
        value.set(5);

        assertThat(seen).containsExactly(1, 5);
    }
}
