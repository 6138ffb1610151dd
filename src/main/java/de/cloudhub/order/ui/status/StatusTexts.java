package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServerText;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.ui.common.I18n;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * The words for an order in the user's language, shared by the status view, the overview and the
 * notifications: status names and explanations, the ordered service's facts (with the catalog's
 * names when the catalog is known), times and durations.
 */
final class StatusTexts {
    static final String CURRENCY = "EUR";
    private final I18n i18n;
    private final ZoneId zone;
    private final Catalog catalog;

    StatusTexts(I18n i18n, ZoneId zone, Catalog catalog) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.catalog = catalog;
    }

    static String keyPart(OrderStatus status) {
        return switch (status) {
            case NEW -> "new";
            case PROCESSING -> "processing";
            case DONE -> "done";
            case FAILED -> "failed";
            case UNKNOWN -> "unknown";
        };
    }

    /** "Received", "Being set up", …; an unknown status as "unknown (raw)". */
    String statusName(String rawStatus) {
        OrderStatus status = OrderStatus.parse(rawStatus);
        return status == OrderStatus.UNKNOWN
                ? i18n.t("status.name.unknown", printable(rawStatus))
                : i18n.t("status.name." + keyPart(status));
    }

    String explanation(String rawStatus) {
        OrderStatus status = OrderStatus.parse(rawStatus);
        return status == OrderStatus.UNKNOWN
                ? i18n.t("status.explain.unknown", printable(rawStatus))
                : i18n.t("status.explain." + keyPart(status));
    }

    String service(OrderRequest request) {
        if (request == null || request.serviceId() == null) {
            return "";
        }
        return offering(request).map(s -> s.name().in(i18n.locale())).filter(n -> !n.isBlank())
                .orElse(request.serviceId());
    }

    String nodeSize(OrderRequest request) {
        if (request == null || request.nodeSize() == null) {
            return "";
        }
        Optional<NodeSize> size = offering(request).flatMap(s -> s.nodeSize(request.nodeSize()));
        return size.map(n -> i18n.t("status.nodeSize.value", n.id(), n.vcpu(), n.ramGb()))
                .orElse(request.nodeSize());
    }

    String storage(OrderRequest request) {
        return request == null || request.storageGb() == null ? "" : i18n.t("status.storage.value", request.storageGb());
    }

    String region(OrderRequest request) {
        if (request == null || request.region() == null) {
            return "";
        }
        Optional<Region> region = offering(request).flatMap(s -> s.region(request.region()));
        return region.filter(r -> r.name() != null)
                .map(r -> i18n.t("status.region.value", r.name().in(i18n.locale()), r.id()))
                .orElse(request.region());
    }

    /** One line per trusted source, "203.0.113.0/24 (office)"; says so when every address may connect. */
    String trustedSources(OrderRequest request) {
        if (request == null) {
            return "";
        }
        if (request.trustedSources().isEmpty()) {
            return i18n.t("status.sources.none");
        }
        return request.trustedSources().stream()
                .filter(Objects::nonNull)
                .map(source -> source.description() == null || source.description().isBlank()
                        ? printable(source.cidr())
                        : i18n.t("status.sources.value", printable(source.cidr()), printable(source.description())))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** The billing profile chosen, or the new one sent with the order. */
    String billing(OrderRequest request) {
        BillingChoice billing = request == null ? null : request.billing();
        if (billing == null) {
            return "";
        }
        if (billing.newProfile() != null) {
            NewBillingProfile p = billing.newProfile();
            return i18n.t("status.billing.new", printable(p.company()), printable(p.postalCode()), printable(p.city()),
                    printable(p.country()));
        }
        return billing.profileId() == null ? "" : i18n.t("status.billing.profile", printable(billing.profileId()));
    }

    String reference(OrderRequest request) {
        if (request == null) {
            return "";
        }
        return request.reference() == null || request.reference().isBlank() ? i18n.t("status.reference.none")
                : printable(request.reference());
    }

    String price(Order order) {
        if (order.monthlyNet() == null) {
            return "";
        }
        String currency = catalog == null || catalog.currency() == null ? CURRENCY : catalog.currency();
        return i18n.t("status.price.value", MoneyFormat.format(order.monthlyNet(), currency, i18n.locale()));
    }

    String dateTime(Instant at) {
        return format(at, FormatStyle.MEDIUM, FormatStyle.MEDIUM);
    }

    String shortDateTime(Instant at) {
        return format(at, FormatStyle.SHORT, FormatStyle.SHORT);
    }

    /** The monthly net price alone, for a column that names the period. */
    String money(Order order) {
        if (order.monthlyNet() == null) {
            return "";
        }
        String currency = catalog == null || catalog.currency() == null ? CURRENCY : catalog.currency();
        return MoneyFormat.format(order.monthlyNet(), currency, i18n.locale());
    }

    String shortTime(Instant at) {
        return format(at, null, FormatStyle.SHORT);
    }

    String time(Instant at) {
        return format(at, null, FormatStyle.MEDIUM);
    }

    /**
     * The locale's date and time format with four-digit years ("1/1/2099", never "1/1/99"). An instant
     * the zone cannot represent (a server's year 1000000000; an order remembered before answers were
     * checked) is shown as nothing rather than thrown on the FX thread.
     */
    private String format(Instant at, FormatStyle date, FormatStyle time) {
        if (at == null) {
            return "";
        }
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE,
                i18n.locale());
        try {
            return DateTimeFormatter.ofPattern(fourDigitYears(pattern), i18n.locale()).withZone(zone).format(at);
        } catch (DateTimeException unrepresentable) {
            return "";
        }
    }

    /** A two-letter year ({@code yy}, outside quoted text) becomes {@code yyyy}. */
    static String fourDigitYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 2);
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && (c == 'y' || c == 'u')) {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                out.append(end - i == 2 ? String.valueOf(c).repeat(4) : pattern.substring(i, end));
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "42 s", "3 min 5 s", "2 h 10 min". */
    String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds == 0) {
            return i18n.t("status.duration.under-a-second");
        }
        if (seconds < 60) {
            return i18n.t("status.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return i18n.t("status.duration.minutes", seconds / 60, seconds % 60);
        }
        return i18n.t("status.duration.hours", seconds / 3600, (seconds % 3600) / 60);
    }

    private Optional<ServiceOffering> offering(OrderRequest request) {
        return catalog == null || request.serviceId() == null ? Optional.empty() : catalog.service(request.serviceId());
    }

    /**
     * A server's string made safe to show: cleaned as every answer is ({@link ServerText}; this also
     * covers orders remembered on disk before that cleaning existed), and not endless.
     */
    static String printable(String raw) {
        String clean = ServerText.sentence(raw, 200);
        return clean == null ? "" : clean;
    }
}
