package de.cloudhub.order.bench;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.TestAccounts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fills the data folder {@code -Dbench.seed.dir} with 10 000 drafts of the demo customer (Erika Mustermann,
 * the account {@code --sandbox} signs in as), for the start-up benchmark with a full store:
 * {@code mvn -B -o test -Pbench -Dtest=SeedDraftsForStartup -Dbench.seed.dir=/tmp/seed}, then
 * {@code SEEDED=/tmp/seed packaging/bench/startup.sh}. Not a test: it only writes.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "bench.seed.dir", matches = ".+")
class SeedDraftsForStartup {
    private static final int DRAFTS = 10_000;

    @Test
    void tenThousandDraftsOfTheDemoCustomer() {
        Path dataDir = Path.of(System.getProperty("bench.seed.dir"));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (LocalStore store = LocalStore.open(dataDir)) {
            for (int i = 0; i < DRAFTS; i++) {
                store.account(TestAccounts.A).drafts().saveSoon(draft("seed-" + i, start.plusSeconds(i)));
            }
            store.account(TestAccounts.A).drafts().flush().join();
            // the person was last working on the newest one: the start opens it on its page
            store.account(TestAccounts.A).rememberLastDraft("seed-" + (DRAFTS - 1)).join();
            System.out.printf("BENCHMARK seeded %d drafts of %s into %s%n", DRAFTS, TestAccounts.A.id(), dataDir);
        }
    }

    private static DraftRecord draft(String id, Instant at) {
        String[] sizes = {"b2-4", "a2-8", "a4-16", "r2-16"};
        String[] regions = {"DE-WEST", "DE-NORTH"};
        String size = sizes[Math.floorMod(id.hashCode(), sizes.length)];
        String region = regions[Math.floorMod(id.hashCode() / 7, regions.length)];
        int storage = 50 * (1 + Math.floorMod(id.hashCode(), 10));
        OrderRequest order = new OrderRequest("c-1001", "caas-valkey-8", size, storage,
                List.of(new TrustedSource("93.184.216.0/24", "office"), new TrustedSource("85.215.10.7/32", "ci")),
                false, region, "volatile-lru", BillingChoice.existing("bp-1001-1"), new TermsAcceptance("2026-01", false),
                null, "PO-" + id);
        return new DraftRecord(id, size + " · " + storage + " GB · " + region, false, "c-1001", "Muster GmbH", at, at,
                "page-region", DraftState.DRAFT, null, order, null, null, null);
    }
}
