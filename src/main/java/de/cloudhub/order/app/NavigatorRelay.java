package de.cloudhub.order.app;

import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.WizardNavigator;
import java.util.Objects;

/**
 * The pages need a navigator when they are built, and the wizard shell needs the built pages: this
 * relay is handed to the pages first and pointed at the shell once it exists.
 */
final class NavigatorRelay implements WizardNavigator {
    private WizardNavigator target;

    void connect(WizardNavigator target) {
        this.target = Objects.requireNonNull(target);
    }

    @Override
    public void goTo(StepId step) {
        target().goTo(step);
    }

    @Override
    public void editFromSummary(StepId step) {
        target().editFromSummary(step);
    }

    private WizardNavigator target() {
        if (target == null) {
            throw new IllegalStateException("The wizard is not built yet");
        }
        return target;
    }
}
