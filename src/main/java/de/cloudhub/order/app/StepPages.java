package de.cloudhub.order.app;

import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.billing.BillingPage;
import de.cloudhub.order.ui.wizard.customer.CustomerPage;
import de.cloudhub.order.ui.wizard.nodesize.NodeSizePage;
import de.cloudhub.order.ui.wizard.region.RegionPage;
import de.cloudhub.order.ui.wizard.service.ServicePage;
import de.cloudhub.order.ui.wizard.storage.StoragePage;
import de.cloudhub.order.ui.wizard.summary.SummaryPage;
import de.cloudhub.order.ui.wizard.trustedsources.TrustedSourcesPage;
import java.util.List;

/** The wizard's pages in the provider's order. The one place that names every step page's factory. */
final class StepPages {
    private StepPages() {
    }

    static List<WizardPage> create(OrderSession context, DialogService dialogs) {
        // the customer step belongs only to the orders of sales staff; it hides itself in a customer's own
        return List.of(CustomerPage.create(context), ServicePage.create(context), NodeSizePage.create(context), StoragePage.create(context),
                TrustedSourcesPage.create(context, dialogs), RegionPage.create(context), BillingPage.create(context),
                SummaryPage.create(context, dialogs));
    }
}
