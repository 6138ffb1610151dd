package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.ui.common.I18n;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Makes the drafts list's lines from stored drafts: texts, the problem count against the current
 * catalog and the search text. Plain code without properties, run off the FX thread while loading;
 * one instance serves one load on one thread.
 */
final class DraftRows {
    static final Comparator<DraftRecord> NEWEST_FIRST =
            Comparator.comparing(DraftRecord::updatedAt).reversed().thenComparing(DraftRecord::id);

    private final I18n i18n;
    private final Catalog catalog;
    private final boolean sales;
    private final DateTimeFormatter dateTime;
    /** Each pattern parsed once per load: 10 000 lines would otherwise parse tens of thousands. */
    private final Map<String, MessageFormat> formats = new HashMap<>();
    private final Map<String, String> plain = new HashMap<>();

    /**
     * @param catalog the current catalog; null while none is known (then no problem count is shown)
     * @param sales   true for sales staff: rows show the customer, and a draft needs one to be ready
     */
    DraftRows(I18n i18n, ZoneId zone, Catalog catalog, boolean sales) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.catalog = catalog;
        this.sales = sales;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(Objects.requireNonNull(zone, "zone"));
    }

    /** {@code drafts} newest change first, as an immutable list. */
    static List<DraftRecord> newestFirst(List<DraftRecord> drafts) {
        List<DraftRecord> sorted = new ArrayList<>(drafts);
        sorted.sort(NEWEST_FIRST);
        return List.copyOf(sorted);
    }

    /** The lines of {@code drafts}, in their order, as an immutable list. */
    List<DraftRow> rows(List<DraftRecord> drafts) {
        List<DraftRow> rows = new ArrayList<>(drafts.size());
        for (DraftRecord draft : drafts) {
            rows.add(row(draft));
        }
        return List.copyOf(rows);
    }

    DraftRow row(DraftRecord draft) {
        String title = draft.title().isBlank() ? t("drafts.row.untitled") : draft.title();
        String customer = sales ? customerText(draft) : "";
        int problems = problems(draft);
        String readiness = problems < 0 ? "" : problems == 0 ? t("drafts.row.ready")
                : t("drafts.row.problems", problems);
        return new DraftRow(draft, title, customer, stateText(draft), price(draft),
                t("drafts.row.changed", dateTime.format(draft.updatedAt())), readiness, problems,
                searchText(draft, title));
    }

    String stateText(DraftRecord draft) {
        return switch (draft.state()) {
            case DRAFT -> t("drafts.state.draft");
            case SENDING -> t("drafts.state.sending");
            case OUTCOME_UNKNOWN -> t("drafts.state.outcome-unknown");
            case ORDERED -> draft.orderId() == null ? t("drafts.state.ordered")
                    : t("drafts.state.ordered-as", draft.orderId());
        };
    }

    private String customerText(DraftRecord draft) {
        if (draft.customerName() != null && !draft.customerName().isBlank()) {
            return draft.customerName();
        }
        if (draft.customerId() != null && !draft.customerId().isBlank()) {
            return draft.customerId();
        }
        return t("drafts.row.no-customer");
    }

    private String price(DraftRecord draft) {
        if (draft.priceSeen() == null) {
            return "";
        }
        String currency = catalog == null || catalog.currency() == null ? "EUR" : catalog.currency();
        return t("drafts.row.price", MoneyFormat.format(draft.priceSeen(), currency, i18n.locale()));
    }

    /** Problems against the current catalog; -1 while none is known or the draft cannot be ordered anyway. */
    private int problems(DraftRecord draft) {
        if (catalog == null || draft.state() != DraftState.DRAFT) {
            return -1;
        }
        return OrderValidator.validate(OrderDraft.fromRequest(draft.order()), catalog, null, sales).size();
    }

    private static String searchText(DraftRecord draft, String title) {
        OrderRequest order = draft.order();
        StringBuilder s = new StringBuilder(title.length() + 64);
        append(s, title);
        append(s, draft.customerName());
        append(s, draft.customerId());
        append(s, order.reference());
        append(s, order.nodeSize());
        append(s, order.region());
        append(s, draft.orderId());
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder s, String part) {
        if (part != null && !part.isBlank()) {
            // a line break cannot be typed into the search field, so a match never spans two parts
            s.append(part.strip()).append('\n');
        }
    }

    /** The text of {@code key}, its pattern parsed once. */
    private String t(String key, Object... args) {
        if (args.length == 0) {
            return plain.computeIfAbsent(key, i18n::t);
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(i18n.t(k), i18n.locale())).format(args);
    }
}
