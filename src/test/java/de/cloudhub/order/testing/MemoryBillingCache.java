package de.cloudhub.order.testing;

import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.SeenList;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link BillingCache} in memory: what a page kept is there for the next page or session of the same test. */
public final class MemoryBillingCache implements BillingCache {
    /** When the memory cache says it saw a list, unless a clock is given. */
    public static final Instant SEEN_AT = Instant.parse("2026-11-30T08:15:00Z");

    private final Clock clock;
    private final Map<String, SeenList<BillingProfile>> profiles = new ConcurrentHashMap<>();
    private volatile SeenList<CustomerRef> customers;

    public MemoryBillingCache(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public MemoryBillingCache() {
        this(Clock.fixed(SEEN_AT, ZoneOffset.UTC));
    }

    @Override
    public Optional<SeenList<BillingProfile>> profiles(String customerId) {
        return Optional.ofNullable(profiles.get(customerId));
    }

    @Override
    public void keepProfiles(String customerId, List<BillingProfile> found) {
        profiles.put(customerId, new SeenList<>(found, clock.instant()));
    }

    @Override
    public Optional<SeenList<CustomerRef>> customers() {
        return Optional.ofNullable(customers);
    }

    @Override
    public synchronized void keepCustomers(List<CustomerRef> found) {
        if (found.isEmpty()) {
            return;
        }
        Map<String, CustomerRef> seen = new LinkedHashMap<>();
        found.forEach(c -> seen.putIfAbsent(c.id(), c));
        if (customers != null) {
            customers.items().forEach(c -> seen.putIfAbsent(c.id(), c));
        }
        customers = new SeenList<>(new ArrayList<>(seen.values()), clock.instant());
    }
}
