package de.cloudhub.order.drafts;

import de.cloudhub.order.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The billing profiles and customers seen, in a real SQLite store, across a restart. */
class StoredBillingCacheTest {
    private static final Instant FIRST = Instant.parse("2026-11-28T16:40:00Z");
    private static final Instant LATER = Instant.parse("2026-11-30T08:00:00Z");
    private static final BillingProfile MAIN = new BillingProfile("bp-1", "Main", "Beispiel AG", "Hafenstraße 1",
            "20457", "Hamburg", "DE", "rechnung@beispiel.de", "DE123456789");
    private static final CustomerRef ALPHA = new CustomerRef("c-1", "K-1", "Alpha GmbH");
    private static final CustomerRef BETA = new CustomerRef("c-2", "K-2", "Beta AG");
    private static final CustomerRef GAMMA = new CustomerRef("c-3", "K-3", "Gamma KG");

    @TempDir
    Path dataDir;

    private static BillingCache cache(LocalStore store, Instant now) {
        return store.account(TestAccounts.A).billingCache(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void profilesKeptAreReadAfterARestartWithWhenTheyWereSeen() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            cache(store, FIRST).keepProfiles("c-1", List.of(MAIN));
            cache(store, FIRST).keepProfiles("c-2", List.of());
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            BillingCache cache = cache(store, LATER);
            assertThat(cache.profiles("c-1")).contains(new SeenList<>(List.of(MAIN), FIRST));
            assertThat(cache.profiles("c-2")).contains(new SeenList<>(List.of(), FIRST));
            assertThat(cache.profiles("c-3")).isEmpty();
        }
    }

    @Test
    void customersFoundAreAddedToThoseSeenTheLatestFirst() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            cache(store, FIRST).keepCustomers(List.of(ALPHA, BETA));
            CustomerRef renamed = new CustomerRef("c-1", "K-1", "Alpha Holding GmbH");
            cache(store, LATER).keepCustomers(List.of(GAMMA, renamed));
            cache(store, LATER).keepCustomers(List.of());

            assertThat(cache(store, LATER).customers())
                    .contains(new SeenList<>(List.of(GAMMA, renamed, BETA), LATER));
        }
    }

    @Test
    void whatOneAccountSawNeverServesAnotherNorTheSameUserOnAnotherEndpoint() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            cache(store, FIRST).keepProfiles("c-1", List.of(MAIN));
            cache(store, FIRST).keepCustomers(List.of(ALPHA));

            for (AccountKey other : List.of(TestAccounts.B, TestAccounts.ELSEWHERE)) {
                BillingCache theirs = store.account(other).billingCache(Clock.systemUTC());
                assertThat(theirs.profiles("c-1")).as(other.id()).isEmpty();
                assertThat(theirs.customers()).as(other.id()).isEmpty();
            }
            assertThat(cache(store, LATER).profiles("c-1")).isPresent();
        }
    }

    @Test
    void aKeptListThatCannotBeReadCountsAsNeverSeen() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.documents().put(new CachedDocument(StoredBillingCache.keyOf(TestAccounts.A,
                    CachedDocuments.billingProfiles("c-1")), null, "{not json", FIRST)).join();
            store.documents().put(new CachedDocument(StoredBillingCache.keyOf(TestAccounts.A, CachedDocuments.CUSTOMERS),
                    null, "[null]", FIRST)).join();

            assertThat(cache(store, LATER).profiles("c-1")).isEmpty();
            assertThat(cache(store, LATER).customers()).isEmpty();
            cache(store, LATER).keepCustomers(List.of(ALPHA));
            assertThat(cache(store, LATER).customers()).contains(new SeenList<>(List.of(ALPHA), LATER));
        }
    }
}
