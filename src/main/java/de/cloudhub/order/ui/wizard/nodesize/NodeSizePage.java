package de.cloudhub.order.ui.wizard.nodesize;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Builds the node-size step: its view-model on the shared order, and the view factory. */
public final class NodeSizePage {
    private NodeSizePage() {
    }

    public static WizardPage create(OrderSession ctx) {
        NodeSizeViewModel vm = new NodeSizeViewModel(ctx.state());
        return new WizardPage(vm, i18n -> new NodeSizeView(vm, i18n).build());
    }
}
