package de.cloudhub.order.ui.common;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.SeenList;
import de.cloudhub.order.model.CustomerRef;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to find a customer known only by its id (a stored draft, an imported file, an order's
 * {@code customerId}): among the customers seen before on this computer, else with the API's customer search
 * (which finds a customer by id), whose answer is kept for use without a connection. Blocking: call off the FX
 * thread.
 */
public final class CustomerLookup {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerLookup.class);
    /** How many customers one search brings at most. */
    public static final int SEARCH_LIMIT = 20;

    private CustomerLookup() {
    }

    /**
     * The customer with {@code id}: from those seen before, else (when {@code online}) from the server; empty
     * when neither knows it or the server cannot be reached.
     */
    public static Optional<CustomerRef> byId(ApiClient api, BillingCache seen, String id, boolean online) {
        return find(api, seen, id, online).customer();
    }

    /**
     * What a look-up of {@code id} found: the customer, or nothing; {@code unknownToServer} when the server
     * answered and does not know it for this account (it cannot be ordered for), false when it was not asked
     * or could not be reached.
     */
    public record Found(Optional<CustomerRef> customer, boolean unknownToServer) {
    }

    /** As {@link #byId}, and says whether the server answered without the customer. */
    public static Found find(ApiClient api, BillingCache seen, String id, boolean online) {
        Optional<CustomerRef> kept = seen.customers().map(SeenList::items).orElse(List.of()).stream()
                .filter(c -> id.equals(c.id())).findFirst();
        if (kept.isPresent() || !online) {
            return new Found(kept, false);
        }
        try {
            List<CustomerRef> found = api.customers(id, SEARCH_LIMIT);
            keep(seen, found);
            Optional<CustomerRef> it = found.stream().filter(c -> id.equals(c.id())).findFirst();
            return new Found(it, it.isEmpty());
        } catch (RuntimeException e) {
            if (ApiFailure.of(e).meansNoConnection()) {
                return new Found(Optional.empty(), false);
            }
            throw e;
        }
    }

    /** Keeping the customers for offline use may fail (full disk): the caller goes on with what the server sent. */
    public static void keep(BillingCache seen, List<CustomerRef> found) {
        try {
            seen.keepCustomers(found);
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the customers found for use without a connection: {}", e.toString());
        }
    }
}
