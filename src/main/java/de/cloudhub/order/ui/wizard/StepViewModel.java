package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.Problem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the wizard shell needs of each page's view-model. Never holds a Node.
 */
public interface StepViewModel {
    StepId stepId();

    /** True while the page's input lets the user go on (Next enabled). */
    ReadOnlyBooleanProperty validProperty();

    /** Why Next is blocked (the first blocking problem), or null; the shell shows it beside Next. */
    ReadOnlyObjectProperty<Problem> blockingProblemProperty();

    /**
     * False while the step does not belong to this order (whom it is for, when a customer orders for
     * themselves): the shell then never shows it, skips it and leaves it out of the step indicator.
     */
    default ReadOnlyBooleanProperty appliesProperty() {
        return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    }

    /** True when no later step can be reached while this one applies and is not valid (whom the order is for). */
    default boolean gatesLaterSteps() {
        return false;
    }

    /** Called when the page becomes the current one (load data, refresh derived state). */
    default void onEnter() {
    }

    /**
     * Called when the user presses an enabled Next, before the shell moves on: the page takes in
     * what was typed but not yet confirmed (e.g. an address not added with Enter). Returns a notice
     * for the user about what it took in, shown on the next page, or null. When the page is no
     * longer valid afterwards, the shell stays on it.
     */
    default Problem beforeNext() {
        return null;
    }

    /** Called when the user leaves the page by Back, Next or a jump. */
    default void onLeave() {
    }
}
