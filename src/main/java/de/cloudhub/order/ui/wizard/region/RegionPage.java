package de.cloudhub.order.ui.wizard.region;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Step 5, the region: wires view-model and view for the shell. */
public final class RegionPage {
    private RegionPage() {
    }

    public static WizardPage create(OrderSession ctx) {
        RegionViewModel vm = new RegionViewModel(ctx.state(), ctx.links());
        return new WizardPage(vm, i18n -> RegionView.build(vm, i18n));
    }
}
