package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Step 7, the summary and the paid order: wires view-model and view for the shell. */
public final class SummaryPage {
    private SummaryPage() {
    }

    /** {@code dialogs} shows the exported API request. */
    public static WizardPage create(OrderSession ctx, DialogService dialogs) {
        SummaryViewModel vm = new SummaryViewModel(ctx);
        return new WizardPage(vm, i18n -> SummaryView.build(vm, i18n, dialogs));
    }
}
