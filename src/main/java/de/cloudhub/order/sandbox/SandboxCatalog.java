package de.cloudhub.order.sandbox;

import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Engine;
import de.cloudhub.order.model.LocalizedText;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.NodeSizeId;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.StorageOptions;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sandbox's catalog: the provider's real node sizes, storage range and regions with illustrative
 * prices. Prices can be changed through the control API; every change gives the catalog a new version.
 */
final class SandboxCatalog {
    static final String SERVICE_ID = "caas-valkey-8";
    static final String BASE_VERSION = "2026.1";
    static final BigDecimal DEFAULT_STORAGE_PRICE = new BigDecimal("0.25");
    static final List<String> MAXMEMORY_POLICIES = List.of("noeviction", "allkeys-lru", "allkeys-lfu",
            "allkeys-random", "volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl");
    static final String DEFAULT_MAXMEMORY_POLICY = "volatile-lru";
    static final int MAX_TRUSTED_SOURCES = 100;

    private static final Map<String, BigDecimal> DEFAULT_NODE_PRICES = defaultNodePrices();

    private final Map<String, BigDecimal> nodePrices = new LinkedHashMap<>(DEFAULT_NODE_PRICES);
    private BigDecimal storagePrice = DEFAULT_STORAGE_PRICE;
    private int priceRevision;

    private static Map<String, BigDecimal> defaultNodePrices() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("b2-4", new BigDecimal("49.00"));
        prices.put("b4-8", new BigDecimal("95.00"));
        prices.put("b8-16", new BigDecimal("185.00"));
        prices.put("b16-32", new BigDecimal("365.00"));
        prices.put("b32-64", new BigDecimal("725.00"));
        prices.put("a2-8", new BigDecimal("69.00"));
        prices.put("a4-16", new BigDecimal("135.00"));
        prices.put("a8-32", new BigDecimal("265.00"));
        prices.put("a16-64", new BigDecimal("525.00"));
        prices.put("a32-128", new BigDecimal("1045.00"));
        prices.put("r2-16", new BigDecimal("99.00"));
        prices.put("r4-32", new BigDecimal("195.00"));
        prices.put("r8-64", new BigDecimal("385.00"));
        prices.put("r16-128", new BigDecimal("765.00"));
        return Collections.unmodifiableMap(prices);
    }

    synchronized Catalog current() {
        String version = priceRevision == 0 ? BASE_VERSION : BASE_VERSION + "-p" + priceRevision;
        return new Catalog(version, "EUR", new BigDecimal("0.19"), List.of(service()));
    }

    /** Sets new prices; unknown node sizes are refused before anything changes. */
    synchronized void changePrices(Map<String, BigDecimal> nodeSizes, BigDecimal perGb) {
        Objects.requireNonNull(nodeSizes);
        for (String id : nodeSizes.keySet()) {
            if (!nodePrices.containsKey(id)) {
                throw new IllegalArgumentException("unknown node size " + id);
            }
        }
        nodePrices.putAll(nodeSizes);
        if (perGb != null) {
            storagePrice = perGb;
        }
        priceRevision++;
    }

    /** The ids of the node sizes on offer. */
    synchronized Set<String> nodeSizeIds() {
        return Set.copyOf(nodePrices.keySet());
    }

    synchronized Map<String, Object> prices() {
        Map<String, Object> prices = new LinkedHashMap<>();
        Map<String, String> nodes = new LinkedHashMap<>();
        nodePrices.forEach((id, price) -> nodes.put(id, price.toPlainString()));
        prices.put("nodeSizes", nodes);
        prices.put("storagePerGb", storagePrice.toPlainString());
        return prices;
    }

    synchronized void reset() {
        nodePrices.clear();
        nodePrices.putAll(DEFAULT_NODE_PRICES);
        storagePrice = DEFAULT_STORAGE_PRICE;
        priceRevision = 0;
    }

    private ServiceOffering service() {
        List<NodeSize> sizes = nodePrices.entrySet().stream().map(e -> nodeSize(e.getKey(), e.getValue())).toList();
        return new ServiceOffering(SERVICE_ID, "Cloud Services / Caching",
                new LocalizedText("Caching as a Service – Valkey 8", "Caching as a Service – Valkey 8"),
                new Engine("Valkey", "8"),
                new LocalizedText(
                        "Verwalteter Valkey-8-Cache in deutschen Rechenzentren, betrieben und aktualisiert "
                                + "von plusserver.",
                        "Managed Valkey 8 cache in German data centres, run and kept up to date by plusserver."),
                sizes,
                new StorageOptions(50, 500, 50, storagePrice),
                List.of(new Region("DE-NORTH", new LocalizedText("Hamburg", "Hamburg"), "Hamburg",
                                List.of("DE-NORTH-1", "DE-NORTH-2")),
                        new Region("DE-WEST", new LocalizedText("Köln/Düsseldorf", "Cologne/Düsseldorf"),
                                "Köln/Düsseldorf", List.of("DE-WEST-1", "DE-WEST-2"))),
                MAX_TRUSTED_SOURCES, MAXMEMORY_POLICIES, DEFAULT_MAXMEMORY_POLICY);
    }

    private static NodeSize nodeSize(String id, BigDecimal price) {
        NodeSizeId parsed = NodeSizeId.parse(id).orElseThrow();
        return new NodeSize(id, String.valueOf(parsed.series()), parsed.vcpu(), parsed.ramGb(), price);
    }
}
