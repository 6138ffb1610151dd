package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.OrderingFor;
import de.cloudhub.order.model.StepId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The summary's texts for one language, made from a {@link SummarySnapshot}. Toolkit-free. */
public final class SummaryRows {
    private SummaryRows() {
    }

    public static List<SummaryRow> rows(SummarySnapshot s, I18n i18n) {
        OrderDraft d = s.draft();
        Locale locale = i18n.locale();
        String none = i18n.t("checkout.summary.not-chosen");
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("service", i18n.t("checkout.summary.row.service"),
                List.of(s.service().map(svc -> serviceText(svc, i18n)).orElse(none)), StepId.SERVICE));
        rows.add(new SummaryRow("node-size", i18n.t("checkout.summary.row.node-size"),
                List.of(node(s).map(n -> i18n.t("checkout.summary.node", n.id(), n.vcpu(), n.ramGb(),
                        money(n.monthlyNet(), currency(s), locale))).orElse(orNone(d.getNodeSize(), none))),
                StepId.NODE_SIZE));
        String policy = d.getMaxmemoryPolicy() != null ? d.getMaxmemoryPolicy()
                : s.service().map(ServiceOffering::defaultMaxmemoryPolicy).orElse(null);
        rows.add(new SummaryRow("maxmemory-policy", i18n.t("checkout.summary.row.maxmemory-policy"),
                List.of(orNone(policy, none)), StepId.NODE_SIZE));
        rows.add(new SummaryRow("storage", i18n.t("checkout.summary.row.storage"),
                List.of(d.getStorageGb() == null ? none : i18n.t("checkout.summary.storage", d.getStorageGb())),
                StepId.STORAGE));
        List<String> sources = d.getTrustedSources().stream().map(t -> source(t, i18n)).toList();
        rows.add(new SummaryRow("trusted-sources", i18n.t("checkout.summary.row.trusted-sources"),
                sources.isEmpty() ? List.of(none) : sources, StepId.TRUSTED_SOURCES));
        rows.add(new SummaryRow("region", i18n.t("checkout.summary.row.region"),
                List.of(region(s).map(r -> i18n.t("checkout.summary.region", r.id(), place(r, locale),
                        String.join(", ", r.availabilityZones()))).orElse(orNone(d.getRegion(), none))),
                StepId.REGION));
        rows.add(new SummaryRow("billing", i18n.t("checkout.summary.row.billing"), billing(s, i18n), StepId.BILLING));
        rows.add(new SummaryRow("reference", i18n.t("checkout.summary.row.reference"),
                List.of(d.getReference() == null || d.getReference().isBlank()
                        ? i18n.t("checkout.summary.no-reference") : d.getReference()), StepId.BILLING));
        return rows;
    }

    /** The essential facts right above the order button. */
    public static String essentials(SummarySnapshot s, I18n i18n) {
        OrderDraft d = s.draft();
        String none = i18n.t("checkout.summary.not-chosen");
        return i18n.t("checkout.summary.essentials",
                s.service().map(svc -> svc.name().in(i18n.locale())).orElse(none),
                orNone(d.getNodeSize(), none),
                d.getStorageGb() == null ? none : i18n.t("checkout.summary.storage", d.getStorageGb()),
                region(s).map(r -> i18n.t("checkout.summary.region-short", r.id(), place(r, i18n.locale()))).orElse(orNone(d.getRegion(), none)));
    }

    /** "Ordering for Muster GmbH (K-100231)" above the order button of sales staff; empty for a customer's own order. */
    public static String orderingFor(SummarySnapshot s, I18n i18n) {
        if (!s.forSales()) {
            return "";
        }
        return s.customer() == null && s.draft().getCustomerId() == null ? i18n.t("checkout.billing.customer-required")
                : OrderingFor.text(i18n, s.draft().getCustomerId(), s.customer());
    }

    /** For sales staff: that the terms are accepted, and the order placed, on the customer's behalf. */
    public static String termsOnBehalf(SummarySnapshot s, I18n i18n) {
        if (!s.forSales()) {
            return "";
        }
        String customer = s.customer() == null && s.draft().getCustomerId() == null ? "–"
                : OrderingFor.customer(i18n, s.draft().getCustomerId(), s.customer());
        return i18n.t("checkout.summary.terms-on-behalf", customer);
    }

    /** The gross monthly total right above the order button. */
    public static String total(SummarySnapshot s, I18n i18n) {
        return s.price().map(p -> i18n.t(p.reverseCharge() ? "checkout.summary.total-reverse-charge"
                        : "checkout.summary.total", money(p.gross(), p.currency(), i18n.locale())))
                .orElse(i18n.t("checkout.summary.no-price"));
    }

    public static String net(PriceQuote p, I18n i18n) {
        return money(p.net(), p.currency(), i18n.locale());
    }

    public static String vatLabel(PriceQuote p, I18n i18n) {
        BigDecimal percent = p.vatRate().movePointRight(2).stripTrailingZeros();
        return i18n.t("checkout.summary.price.vat", percent.toPlainString());
    }

    public static String vat(PriceQuote p, I18n i18n) {
        return money(p.vat(), p.currency(), i18n.locale());
    }

    public static String gross(PriceQuote p, I18n i18n) {
        return money(p.gross(), p.currency(), i18n.locale());
    }

    /** The region's name, and its location when that says something more. */
    private static String place(Region r, Locale locale) {
        String name = r.name().in(locale);
        return locationSaysMore(r, name) ? name + ", " + r.location() : name;
    }

    /** False when the location is just the region's name in one of the languages (Köln/Düsseldorf). */
    public static boolean locationSaysMore(Region r, String shownName) {
        String location = r.location();
        if (location == null || location.isBlank() || shownName.contains(location)) {
            return false;
        }
        return r.name() == null || !(location.equals(r.name().de()) || location.equals(r.name().en()));
    }

    private static String serviceText(ServiceOffering svc, I18n i18n) {
        String name = svc.name().in(i18n.locale());
        boolean engineNamed = svc.engine() == null || svc.engine().name() == null
                || name.toLowerCase(Locale.ROOT).contains(svc.engine().name().toLowerCase(Locale.ROOT));
        return engineNamed ? name
                : i18n.t("checkout.summary.service", svc.name().in(i18n.locale()), svc.engine().name(), svc.engine().version());
    }

    private static String source(TrustedSource t, I18n i18n) {
        return t.description() == null || t.description().isBlank() ? t.cidr()
                : i18n.t("checkout.summary.source-described", t.cidr(), t.description());
    }

    private static List<String> billing(SummarySnapshot s, I18n i18n) {
        List<String> lines = new ArrayList<>();
        if (s.forSales()) {
            // the same sentence as above the order button
            lines.add(orderingFor(s, i18n));
        }
        BillingChoice b = s.draft().getBilling();
        if (b == null) {
            lines.add(i18n.t("checkout.summary.not-chosen"));
        } else if (b.newProfile() != null) {
            NewBillingProfile p = b.newProfile();
            lines.add(i18n.t("checkout.summary.billing-new", p.company()));
            lines.add(i18n.t("checkout.summary.address", p.street(), p.postalCode(), p.city(), country(p.country(), i18n)));
            lines.add(p.email());
            if (p.vatId() != null) {
                lines.add(i18n.t("checkout.summary.vat-id", p.vatId()));
            }
        } else {
            BillingProfile p = s.existingProfile();
            if (p == null || !p.id().equals(b.profileId())) {
                lines.add(i18n.t("checkout.summary.billing-profile-id", b.profileId()));
            } else {
                lines.add(p.company());
                lines.add(i18n.t("checkout.summary.address", p.street(), p.postalCode(), p.city(), country(p.country(), i18n)));
                lines.add(p.email());
            }
        }
        return lines;
    }

    private static String country(String code, I18n i18n) {
        return code == null || code.isBlank() ? "" : new Locale("", code).getDisplayCountry(i18n.locale());
    }

    private static Optional<NodeSize> node(SummarySnapshot s) {
        String id = s.draft().getNodeSize();
        return id == null ? Optional.empty() : s.service().flatMap(svc -> svc.nodeSize(id));
    }

    private static Optional<Region> region(SummarySnapshot s) {
        String id = s.draft().getRegion();
        return id == null ? Optional.empty() : s.service().flatMap(svc -> svc.region(id));
    }

    private static String currency(SummarySnapshot s) {
        return s.price().map(PriceQuote::currency).orElse("EUR");
    }

    private static String money(BigDecimal amount, String currency, Locale locale) {
        return MoneyFormat.format(amount, currency, locale);
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }
}
