package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.ServiceOffering;
import java.util.Optional;

/**
 * Everything the summary shows, taken at one moment: the draft, the chosen service from the
 * catalog, the details of an existing billing profile (once loaded), the customer (sales) and the price.
 */
public record SummarySnapshot(OrderDraft draft, Optional<ServiceOffering> service, BillingProfile existingProfile,
                              CustomerRef customer, boolean forSales, Optional<PriceQuote> price) {
}
