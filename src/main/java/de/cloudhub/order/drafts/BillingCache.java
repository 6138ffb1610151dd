package de.cloudhub.order.drafts;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import java.util.List;
import java.util.Optional;

/**
 * The billing profiles (per customer) and the customers the server listed before, kept so the billing page
 * works without a connection. Blocking; call it off the FX thread. A kept list that cannot be read counts
 * as never seen.
 */
public interface BillingCache {
    /** The profiles of {@code customerId} as last loaded; empty when they were never loaded here. */
    Optional<SeenList<BillingProfile>> profiles(String customerId);

    /** Keeps the profiles of {@code customerId} just loaded, replacing those kept before. */
    void keepProfiles(String customerId, List<BillingProfile> profiles);

    /** Every customer a search found so far, the most recently found first; empty when none was ever found. */
    Optional<SeenList<CustomerRef>> customers();

    /** Adds the customers a search just found to those seen (a customer found again replaces its old entry). */
    void keepCustomers(List<CustomerRef> found);

    /** A cache that keeps nothing: while nobody is signed in, nobody's lists are kept. */
    BillingCache NONE = new BillingCache() {
        @Override
        public Optional<SeenList<BillingProfile>> profiles(String customerId) {
            return Optional.empty();
        }

        @Override
        public void keepProfiles(String customerId, List<BillingProfile> profiles) {
        }

        @Override
        public Optional<SeenList<CustomerRef>> customers() {
            return Optional.empty();
        }

        @Override
        public void keepCustomers(List<CustomerRef> found) {
        }
    };
}
