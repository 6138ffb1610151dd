package de.cloudhub.order.bench;

import de.cloudhub.order.testing.TestAccounts;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local store with 10 000 drafts in it: what an autosave costs the caller (the FX thread), what one
 * committed draft write costs, how long listing all drafts and opening the store take (opening an empty store
 * for comparison: the app's start). A benchmark, not a test: it prints the figures and asserts nothing about
 * time. Run it with {@code mvn -B -o test -Pbench -Dtest=DraftStoreBenchmark}.
 */
@Tag("benchmark")
class DraftStoreBenchmark {
    private static final int DRAFTS = 10_000;
    private static final int WARMUP = 300;
    private static final int WRITES = 2_000;
    private static final int LISTS = 7;
    private static final int OPENS = 7;

    @TempDir
    Path full;
    @TempDir
    Path empty;

    @Test
    void tenThousandDrafts() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (LocalStore store = LocalStore.open(full)) {
            for (int i = 0; i < DRAFTS; i++) {
                store.account(TestAccounts.A).drafts().saveSoon(draft("d-" + i, start.plusSeconds(i)));
            }
            store.account(TestAccounts.A).drafts().flush().join();

            for (int i = 0; i < WARMUP; i++) {
                store.account(TestAccounts.A).drafts().save(draft("d-" + (i % DRAFTS), start.plusSeconds(DRAFTS + i))).join();
            }
            long[] writes = new long[WRITES];
            long[] handOver = new long[WRITES];
            for (int i = 0; i < WRITES; i++) {
                DraftRecord edited = draft("d-" + (i * 7 % DRAFTS), start.plusSeconds(2L * DRAFTS + i));
                long t0 = System.nanoTime();
                store.account(TestAccounts.A).drafts().save(edited).join();
                writes[i] = System.nanoTime() - t0;
                DraftRecord typed = draft("d-typing", start.plusSeconds(3L * DRAFTS + i));
                long t1 = System.nanoTime();
                store.account(TestAccounts.A).drafts().saveSoon(typed);
                handOver[i] = System.nanoTime() - t1;
            }
            long[] lists = measure(LISTS, () -> store.account(TestAccounts.A).drafts().all().join().size());

            report("saveSoon on the caller's thread", handOver);
            report("committed draft write (save)", writes);
            report("list all " + (DRAFTS + 1) + " drafts", lists);
        }
        long[] opensFull = measure(OPENS, () -> openAndClose(full));
        long[] opensEmpty = measure(OPENS, () -> openAndClose(empty));
        report("open+close, " + (DRAFTS + 1) + " drafts", opensFull);
        report("open+close, empty store", opensEmpty);
        // what of the open grows with the drafts: the integrity check reads the whole file
        Path file = full.resolve(LocalStore.FOLDER).resolve(LocalStore.FILE_NAME);
        report("PRAGMA quick_check alone, " + (DRAFTS + 1) + " drafts", measure(OPENS, () -> quickCheck(file)));
    }

    private static long openAndClose(Path dataDir) {
        try (LocalStore store = LocalStore.open(dataDir)) {
            return store.status().kind().ordinal();
        }
    }

    private static long quickCheck(Path file) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1).length() : 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] measure(int times, LongSupplier work) {
        work.getAsLong();
        long[] took = new long[times];
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            work.getAsLong();
            took[i] = System.nanoTime() - t0;
        }
        return took;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "BENCHMARK %-36s p50 %9.3f ms, p99 %9.3f ms, max %9.3f ms (n=%d)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static DraftRecord draft(String id, Instant at) {
        OrderRequest order = new OrderRequest("c-" + id.hashCode() % 50, "valkey-8", "b2-4", 250,
                List.of(new TrustedSource("93.184.216.0/24", "office"), new TrustedSource("198.51.100.7/32", "ci")),
                false, "DE-WEST", "allkeys-lru", BillingChoice.existing("bp-1"), new TermsAcceptance("2026-01", false),
                new BigDecimal("149.90"), "PO-" + id);
        return new DraftRecord(id, "b2-4 · 250 GB · DE-WEST", false, "c-1", "ACME GmbH", at, at, "page-region",
                DraftState.DRAFT, null, order, null, new BigDecimal("149.90"), "2026-01");
    }
}
