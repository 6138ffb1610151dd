package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.common.I18n;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A step's view-model and the factory of its view. The shell builds views lazily and builds them
 * again from the same view-model when the language changes, so no input is lost.
 */
public record WizardPage(StepViewModel viewModel, Function<I18n, Node> viewFactory) {
    public StepId id() {
        return viewModel.stepId();
    }
}
