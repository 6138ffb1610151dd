package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Builds the trusted-sources step: its view-model on the shared order, and the view factory. */
public final class TrustedSourcesPage {
    private TrustedSourcesPage() {
    }

    /** {@code dialogs} asks sales staff before their own address goes into a customer's order. */
    public static WizardPage create(OrderSession ctx, DialogService dialogs) {
        TrustedSourcesViewModel vm = new TrustedSourcesViewModel(ctx.state(), ctx.api(), ctx.tasks());
        return new WizardPage(vm, i18n -> new TrustedSourcesView(vm, i18n, dialogs).build());
    }
}
