package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Drafts for the drafts view's tests, benchmark and look. */
final class SampleDrafts {
    static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");

    private SampleDrafts() {
    }

    /** Every choice made: ready to order against {@link TestCatalogs#single()}. */
    static OrderRequest complete(String customerId, String nodeSize, String region, String reference) {
        return new OrderRequest(customerId, TestCatalogs.VALKEY, nodeSize, 100,
                List.of(new TrustedSource("93.184.216.0/24", "office")), false, region, null,
                BillingChoice.existing("bp-1"), new TermsAcceptance("2025-01", false), null, reference);
    }

    /** Only the service chosen. */
    static OrderRequest started() {
        return new OrderRequest(null, TestCatalogs.VALKEY, null, null, List.of(), false, null, null, null, null, null,
                null);
    }

    static DraftRecord draft(String id, String title, DraftState state, int minutesAgo, OrderRequest order) {
        Instant at = NOW.minusSeconds(60L * minutesAgo);
        return new DraftRecord(id, title, false, order.customerId(), order.customerId() == null ? null
                : "Customer " + order.customerId(), at.minusSeconds(3600), at, "page-summary", state,
                state == DraftState.ORDERED ? "o-" + id : null, order,
                state == DraftState.DRAFT ? null : "key-" + id, new BigDecimal("90.00"), "2025-01");
    }

    /** Seven drafts of every state, two customers and one without. */
    static List<DraftRecord> mixed() {
        return List.of(
                draft("d1", "a2-8 · 100 GB · DE-WEST", DraftState.DRAFT, 5, complete("c-acme", "a2-8", "DE-WEST", "PO-4711")),
                draft("d2", "Cache for the shop", DraftState.DRAFT, 30, started()),
                draft("d3", "b2-4 · 100 GB · DE-NORTH", DraftState.SENDING, 60, complete("c-acme", "b2-4", "DE-NORTH", null)),
                draft("d4", "r4-32 · 100 GB · DE-WEST", DraftState.OUTCOME_UNKNOWN, 120,
                        complete("c-globex", "r4-32", "DE-WEST", "Q4 analytics")),
                draft("d5", "a4-16 · 100 GB · DE-NORTH", DraftState.ORDERED, 60 * 24, complete("c-globex", "a4-16", "DE-NORTH", null)),
                draft("d6", "Staging cache with a rather long title that does not fit on one line of the list",
                        DraftState.DRAFT, 60 * 48, complete("c-acme", "b1-2", "DE-WEST", null)),
                draft("d7", "", DraftState.DRAFT, 60 * 24 * 9, started()));
    }
}
