package de.cloudhub.order.api;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ClientAddress;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.StorageOptions;
import de.cloudhub.order.model.Terms;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an answer must hold beyond being JSON of the right type, so that nothing the UI reads is
 * missing or impossible: ids present, prices neither missing nor negative, a storage range with a
 * usable grid. Returns where the first fault is (a path such as {@code services[0].nodeSizes[1].monthlyNet}
 * with what is wrong), or null when the answer is usable. An unknown order status is allowed: it is
 * shown as unknown, never refused.
 */
final class AnswerChecks {
    /** More storage values than anyone could choose among means the range is broken. */
    static final int MAX_STORAGE_VALUES = 10_000;

    private AnswerChecks() {
    }

    static String fault(Object answer) {
        if (answer instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String inner = list.get(i) == null ? "is null" : fault(list.get(i));
                if (inner != null) {
                    return "[" + i + "]" + (inner.startsWith("is ") ? " " : ".") + inner;
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
            return blank(t.version()) ? "version is missing"
                    : t.acceptance() == null ? "acceptance is missing" : null;
        }
        if (answer instanceof Order o) {
            return blank(o.id()) ? "id is missing" : null;
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

    private static String catalog(Catalog c) {
        if (blank(c.currency())) {
            return "currency is missing";
        }
        if (c.vatRate() == null || c.vatRate().signum() < 0 || c.vatRate().compareTo(BigDecimal.ONE) >= 0) {
            return "vatRate is missing or not a rate between 0 and 1";
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
        Set<String> sizes = new HashSet<>();
        for (int i = 0; i < s.nodeSizes().size(); i++) {
            NodeSize n = s.nodeSizes().get(i);
            String at = "nodeSizes[" + i + "]";
            if (blank(n.id())) {
                return at + ".id is missing";
            }
            if (!sizes.add(n.id())) {
                return at + ".id repeats " + n.id();
            }
            if (n.monthlyNet() == null || n.monthlyNet().signum() < 0) {
                return at + ".monthlyNet is missing or negative";
            }
        }
        String storage = storage(s.storage());
        if (storage != null) {
            return "storage" + storage;
        }
        for (int i = 0; i < s.regions().size(); i++) {
            Region r = s.regions().get(i);
            if (blank(r.id())) {
                return "regions[" + i + "].id is missing";
            }
        }
        if (s.maxTrustedSources() < 0) {
            return "maxTrustedSources is negative";
        }
        return null;
    }

    private static String storage(StorageOptions o) {
        if (o == null) {
            return " is missing";
        }
        if (o.minGb() < 0 || o.maxGb() < o.minGb() || o.stepGb() <= 0) {
            return " is no usable range (minGb " + o.minGb() + ", maxGb " + o.maxGb() + ", stepGb " + o.stepGb() + ")";
        }
        if (((long) o.maxGb() - o.minGb()) / o.stepGb() >= MAX_STORAGE_VALUES) {
            return " has more than " + MAX_STORAGE_VALUES + " steps";
        }
        if (o.monthlyNetPerGb() == null || o.monthlyNetPerGb().signum() < 0) {
            return ".monthlyNetPerGb is missing or negative";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
