package de.cloudhub.order.ui.wizard.customer;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Step 1 for sales staff, the customer the order is for: wires view-model and view for the shell. */
public final class CustomerPage {
    private CustomerPage() {
    }

    public static WizardPage create(OrderSession ctx) {
        CustomerViewModel vm = new CustomerViewModel(ctx.state(), ctx.api(), ctx.billingCache(), ctx.tasks());
        // the drafts list names the customer the draft is for, as this page last found it
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null) {
                ctx.setCustomerName(now.name());
            }
        });
        ctx.state().customerIdProperty().addListener((o, was, now) -> {
            if (now == null) {
                ctx.setCustomerName(null);
            }
        });
        if (vm.selectedProperty().get() != null) {
            ctx.setCustomerName(vm.selectedProperty().get().name());
        }
        return new WizardPage(vm, i18n -> CustomerView.build(vm, i18n));
    }
}
