package de.cloudhub.order.ui.wizard;

/** How the step indicator shows a step. */
public enum StepState {
    /** Not reached yet. */
    NOT_REACHED,
    /** The page shown now. */
    CURRENT,
    /** Reached and its input is valid. */
    COMPLETED,
    /** Reached, not shown, and its input is no longer valid (e.g. after an earlier change). */
    PROBLEM,
    /** Not part of this order (e.g. the customer step while a customer orders for themselves): not shown. */
    NOT_APPLICABLE
}
