package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.common.LinkPolicy;
import de.cloudhub.order.ui.common.TaskRunner;
import java.util.Objects;

/**
 * What every session's pages use and the app builds once: the API, the async seam, the link opener,
 * which server links may be opened (the portal's origin), the billing profiles and customers seen before
 * (for working without a connection), what happens with a placed order, and the one source of the
 * catalog and terms.
 */
public record SessionServices(ApiClient api, TaskRunner tasks, LinkOpener links, LinkPolicy linkPolicy,
                              BillingCache billing, OrderOutcomes outcomes, ContextSource context) {
    public SessionServices {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(linkPolicy, "linkPolicy");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(context, "context");
    }

    /** Services whose links of the server (terms documents) open only on the API's own origin. */
    public SessionServices(ApiClient api, TaskRunner tasks, LinkOpener links, BillingCache billing,
                           OrderOutcomes outcomes, ContextSource context) {
        this(api, tasks, links, LinkPolicy.onOriginOf(api), billing, outcomes, context);
    }
}
