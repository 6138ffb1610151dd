package de.cloudhub.order.ui.wizard.billing;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Step 6, the billing profile: wires view-model and view for the shell. */
public final class BillingPage {
    private BillingPage() {
    }

    public static WizardPage create(OrderSession ctx) {
        BillingViewModel vm = new BillingViewModel(ctx.state(), ctx.api(), ctx.billingCache(), ctx.tasks());
        return new WizardPage(vm, i18n -> BillingView.build(vm, i18n));
    }
}
