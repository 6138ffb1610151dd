package de.cloudhub.order.api;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ClientAddress;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.StatusChange;
import de.cloudhub.order.model.StorageOptions;
import de.cloudhub.order.model.Terms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an answer must hold beyond being JSON of the right type, so that nothing the UI reads is
 * missing, impossible or too big to draw: ids present, prices decimal amounts of sane size, counts
 * positive and bounded, times in a sane range, lists no longer than the contract allows (docs/api.md,
 * "Limits"). Returns where the first fault is (a path such as {@code services[0].nodeSizes[1].monthlyNet}
 * with what is wrong), or null when the answer is usable. An unknown order status is allowed: it is
 * shown as unknown, never refused.
 */
final class AnswerChecks {
    /** More storage values than anyone could choose among means the range is broken. */
    static final int MAX_STORAGE_VALUES = 10_000;
    static final int MAX_SERVICES = 50;
    static final int MAX_NODE_SIZES = 100;
    static final int MAX_REGIONS = 50;
    static final int MAX_ZONES = 20;
    static final int MAX_POLICIES = 20;
    static final int MAX_TERMS_DOCUMENTS = 20;
    static final int MAX_TRUSTED_SOURCES = 1_000;
    static final int MAX_CUSTOMERS = 100;
    static final int MAX_BILLING_PROFILES = 200;
    static final int MAX_HISTORY = 1_000;
    static final int MAX_ORDERS_PER_PAGE = ApiClient.ORDERS_PAGE_LIMIT;
    static final int MAX_VCPU = 1_024;
    static final int MAX_RAM_GB = 65_536;
    static final int MAX_STORAGE_GB = 1_000_000;
    /** Money is below 10^9 and has at most four decimals (prices are shown rounded to cents). */
    static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(9);
    static final int MONEY_MAX_DECIMALS = 4;
    /** Instants outside 2000..2200 are no order's times; formatting far-off years can even throw. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2201-01-01T00:00:00Z");

    private AnswerChecks() {
    }

    static String fault(Object answer) {
        if (answer instanceof List<?> list) {
            String tooLong = listTooLong(list);
            if (tooLong != null) {
                return tooLong;
            }
            for (int i = 0; i < list.size(); i++) {
                String inner = list.get(i) == null ? "is null" : fault(list.get(i));
                if (inner != null) {
                    return "[" + i + "]" + (inner.startsWith("is ") || inner.startsWith("has ") ? " " : ".") + inner;
                }
            }
            return null;
        }
        if (answer instanceof Catalog c) {
            return catalog(c);
        }
        if (answer instanceof Me m) {
            return me(m);
        }
        if (answer instanceof Terms t) {
            return terms(t);
        }
        if (answer instanceof Order o) {
            return order(o);
        }
        if (answer instanceof BillingProfile p) {
            return blank(p.id()) ? "id is missing" : null;
        }
        if (answer instanceof CustomerRef r) {
            return blank(r.id()) ? "id is missing" : null;
        }
        if (answer instanceof ClientAddress a) {
            return blank(a.address()) ? "address is missing" : null;
        }
        return null;
    }

    /**
     * Null when {@code amount} is a usable amount of money (not negative, below {@link #MONEY_LIMIT},
     * at most {@link #MONEY_MAX_DECIMALS} decimals), else what is wrong with it. Cheap for any input:
     * "1e100000000" is refused by its exponent, never expanded.
     */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "is missing";
        }
        if (amount.signum() < 0) {
            return "is negative";
        }
        if (amount.compareTo(MONEY_LIMIT) >= 0) {
            return "is not below " + MONEY_LIMIT.toPlainString();
        }
        // a scale far beyond four decimals is refused before stripping zeros (which could take long)
        if (amount.scale() > MONEY_MAX_DECIMALS
                && (amount.scale() > 64 || amount.stripTrailingZeros().scale() > MONEY_MAX_DECIMALS)) {
            return "has more than " + MONEY_MAX_DECIMALS + " decimals";
        }
        return null;
    }

    /** True when {@code amount} may be shown as money; see {@link #money(BigDecimal)}. */
    static boolean isMoney(BigDecimal amount) {
        return money(amount) == null;
    }

    private static String listTooLong(List<?> list) {
        if (list.isEmpty()) {
            return null;
        }
        Object first = list.get(0);
        int max;
        String what;
        if (first instanceof Order) {
            max = MAX_ORDERS_PER_PAGE;
            what = "orders";
        } else if (first instanceof CustomerRef) {
            max = MAX_CUSTOMERS;
            what = "customers";
        } else if (first instanceof BillingProfile) {
            max = MAX_BILLING_PROFILES;
            what = "billing profiles";
        } else {
            return null;
        }
        return list.size() > max ? tooMany(list.size(), max, what) : null;
    }

    private static String tooMany(int size, int max, String what) {
        return "has " + size + " " + what + ", more than the " + max + " the contract allows";
    }

    private static String me(Me m) {
        if (m.user() == null) {
            return "user is missing";
        }
        if (blank(m.role())) {
            return "role is missing";
        }
        if (!m.isSales() && (m.customer() == null || blank(m.customer().id()))) {
            return "customer is missing for a user who is not sales staff";
        }
        return null;
    }

    private static String terms(Terms t) {
        if (blank(t.version())) {
            return "version is missing";
        }
        if (t.acceptance() == null || t.acceptance().isBlank()) {
            return "acceptance is missing";
        }
        if (t.documents().size() > MAX_TERMS_DOCUMENTS) {
            return "documents " + tooMany(t.documents().size(), MAX_TERMS_DOCUMENTS, "documents");
        }
        for (int i = 0; i < t.documents().size(); i++) {
            if (t.documents().get(i) == null) {
                return "documents[" + i + "] is null";
            }
        }
        return null;
    }

    private static String order(Order o) {
        if (blank(o.id())) {
            return "id is missing";
        }
        String at = instant(o.createdAt());
        if (at != null) {
            return "createdAt " + at;
        }
        at = instant(o.updatedAt());
        if (at != null) {
            return "updatedAt " + at;
        }
        if (o.monthlyNet() != null && money(o.monthlyNet()) != null) {
            return "monthlyNet " + money(o.monthlyNet());
        }
        if (o.history().size() > MAX_HISTORY) {
            return "history " + tooMany(o.history().size(), MAX_HISTORY, "entries");
        }
        for (int i = 0; i < o.history().size(); i++) {
            StatusChange change = o.history().get(i);
            if (change == null) {
                return "history[" + i + "] is null";
            }
            at = instant(change.at());
            if (at != null) {
                return "history[" + i + "].at " + at;
            }
        }
        OrderRequest r = o.request();
        if (r != null) {
            if (r.quotedMonthlyNet() != null && money(r.quotedMonthlyNet()) != null) {
                return "request.quotedMonthlyNet " + money(r.quotedMonthlyNet());
            }
            if (r.storageGb() != null && (r.storageGb() < 0 || r.storageGb() > MAX_STORAGE_GB)) {
                return "request.storageGb is not between 0 and " + MAX_STORAGE_GB;
            }
            if (r.trustedSources().size() > MAX_TRUSTED_SOURCES) {
                return "request.trustedSources "
                        + tooMany(r.trustedSources().size(), MAX_TRUSTED_SOURCES, "entries");
            }
        }
        return null;
    }

    /** Null for no instant or one in 2000..2200; else what is wrong. */
    private static String instant(Instant at) {
        if (at == null || (!at.isBefore(EARLIEST) && at.isBefore(LATEST))) {
            return null;
        }
        return "is not between the years 2000 and 2200";
    }

    private static String catalog(Catalog c) {
        if (blank(c.currency())) {
            return "currency is missing";
        }
        if (c.vatRate() == null || c.vatRate().signum() < 0 || c.vatRate().compareTo(BigDecimal.ONE) >= 0
                || money(c.vatRate()) != null) {
            return "vatRate is missing or not a rate between 0 and 1 with at most " + MONEY_MAX_DECIMALS
                    + " decimals";
        }
        if (c.services().size() > MAX_SERVICES) {
            return "services " + tooMany(c.services().size(), MAX_SERVICES, "services");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.services().size(); i++) {
            ServiceOffering s = c.services().get(i);
            String at = "services[" + i + "]";
            String inner = service(s);
            if (inner != null) {
                return at + "." + inner;
            }
            if (!ids.add(s.id())) {
                return at + ".id repeats " + s.id();
            }
        }
        return null;
    }

    private static String service(ServiceOffering s) {
        if (blank(s.id())) {
            return "id is missing";
        }
        if (s.nodeSizes().size() > MAX_NODE_SIZES) {
            return "nodeSizes " + tooMany(s.nodeSizes().size(), MAX_NODE_SIZES, "node sizes");
        }
        Set<String> sizes = new HashSet<>();
        for (int i = 0; i < s.nodeSizes().size(); i++) {
            String inner = nodeSize(s.nodeSizes().get(i), sizes);
            if (inner != null) {
                return "nodeSizes[" + i + "]" + inner;
            }
        }
        String storage = storage(s.storage());
        if (storage != null) {
            return "storage" + storage;
        }
        if (s.regions().size() > MAX_REGIONS) {
            return "regions " + tooMany(s.regions().size(), MAX_REGIONS, "regions");
        }
        for (int i = 0; i < s.regions().size(); i++) {
            Region r = s.regions().get(i);
            if (r == null) {
                return "regions[" + i + "] is null";
            }
            if (blank(r.id())) {
                return "regions[" + i + "].id is missing";
            }
            if (r.availabilityZones().size() > MAX_ZONES) {
                return "regions[" + i + "].availabilityZones "
                        + tooMany(r.availabilityZones().size(), MAX_ZONES, "zones");
            }
        }
        if (s.maxTrustedSources() < 0 || s.maxTrustedSources() > MAX_TRUSTED_SOURCES) {
            return "maxTrustedSources is not between 0 and " + MAX_TRUSTED_SOURCES;
        }
        if (s.maxmemoryPolicies().size() > MAX_POLICIES) {
            return "maxmemoryPolicies " + tooMany(s.maxmemoryPolicies().size(), MAX_POLICIES, "policies");
        }
        return null;
    }

    /** What is wrong with one node size, as a path continuation ({@code .vcpu is …}), or null. */
    private static String nodeSize(NodeSize n, Set<String> seen) {
        if (n == null) {
            return " is null";
        }
        if (blank(n.id())) {
            return ".id is missing";
        }
        if (!seen.add(n.id())) {
            return ".id repeats " + n.id();
        }
        if (blank(n.series())) {
            return ".series is missing";
        }
        if (n.vcpu() < 1 || n.vcpu() > MAX_VCPU) {
            return ".vcpu is not between 1 and " + MAX_VCPU;
        }
        if (n.ramGb() < 1 || n.ramGb() > MAX_RAM_GB) {
            return ".ramGb is not between 1 and " + MAX_RAM_GB;
        }
        String price = money(n.monthlyNet());
        return price == null ? null : ".monthlyNet " + price;
    }

    private static String storage(StorageOptions o) {
        if (o == null) {
            return " is missing";
        }
        if (o.minGb() < 1 || o.maxGb() < o.minGb() || o.maxGb() > MAX_STORAGE_GB || o.stepGb() <= 0) {
            return " is no usable range (minGb " + o.minGb() + ", maxGb " + o.maxGb() + ", stepGb " + o.stepGb()
                    + "; sizes are 1 to " + MAX_STORAGE_GB + " GB)";
        }
        if (((long) o.maxGb() - o.minGb()) / o.stepGb() >= MAX_STORAGE_VALUES) {
            return " has more than " + MAX_STORAGE_VALUES + " steps";
        }
        String price = money(o.monthlyNetPerGb());
        return price == null ? null : ".monthlyNetPerGb " + price;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
