package de.cloudhub.order.ui.wizard.service;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Builds the service step: its view-model on the shared order, and the view factory. */
public final class ServicePage {
    private ServicePage() {
    }

    public static WizardPage create(OrderSession ctx) {
        ServiceViewModel vm = new ServiceViewModel(ctx.state());
        return new WizardPage(vm, i18n -> new ServiceView(vm, i18n).build());
    }
}
