package de.cloudhub.order.app;

import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.SeenList;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The billing lists of an order session made while nobody is signed in (a draft file opened before the server
 * named the user): none until an account becomes current, then that account's, for good. A later change of
 * account never reaches them: that session was that account's, and the next account gets sessions of its own. Thread-safe (the billing page reads and writes it off the FX thread).
 */
final class FirstAccountsBilling implements BillingCache {
    private volatile BillingCache first;

    /** The first account's lists; a second call changes nothing. */
    synchronized void firstAccount(BillingCache cache) {
        if (first == null) {
            first = Objects.requireNonNull(cache, "cache");
        }
    }

    private BillingCache current() {
        BillingCache cache = first;
        return cache == null ? BillingCache.NONE : cache;
    }

    @Override
    public Optional<SeenList<BillingProfile>> profiles(String customerId) {
        return current().profiles(customerId);
    }

    @Override
    public void keepProfiles(String customerId, List<BillingProfile> profiles) {
        current().keepProfiles(customerId, profiles);
    }

    @Override
    public Optional<SeenList<CustomerRef>> customers() {
        return current().customers();
    }

    @Override
    public void keepCustomers(List<CustomerRef> found) {
        current().keepCustomers(found);
    }
}
