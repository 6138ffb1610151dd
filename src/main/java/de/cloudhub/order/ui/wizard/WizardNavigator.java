package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.StepId;

/** What a page may ask of the wizard shell. */
public interface WizardNavigator {
    /** Shows {@code step}; Back/Next go on from there. */
    void goTo(StepId step);

    /** Shows {@code step} for an edit from the summary: its Next button then returns to the summary. */
    void editFromSummary(StepId step);
}
