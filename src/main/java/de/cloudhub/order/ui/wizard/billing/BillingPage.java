package de.cloudhub.order.ui.wizard.billing;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Step 6, the billing profile: wires view-model and view for the shell. */
public final class BillingPage {
    private BillingPage() {
    }

    public static WizardPage create(OrderSession ctx) {
        BillingViewModel vm = new BillingViewModel(ctx.state(), ctx.api(), ctx.billingCache(), ctx.tasks());
        // the drafts list names the customer the draft is for, as this page last saw it
        vm.selectedCustomerProperty().addListener((o, was, now) -> ctx.setCustomerName(now == null ? null : now.name()));
        if (vm.selectedCustomerProperty().get() != null) {
            ctx.setCustomerName(vm.selectedCustomerProperty().get().name());
        }
        return new WizardPage(vm, i18n -> BillingView.build(vm, i18n));
    }
}
