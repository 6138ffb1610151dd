package de.cloudhub.order.ui.wizard.service;

import de.cloudhub.order.ui.wizard.PageContext;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Builds the service step: its view-model on the shared order, and the view factory. */
public final class ServicePage {
    private ServicePage() {
    }

    public static WizardPage create(PageContext ctx) {
        ServiceViewModel vm = new ServiceViewModel(ctx.state());
        return new WizardPage(vm, i18n -> new ServiceView(vm, i18n).build());
    }
}
