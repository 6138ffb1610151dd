package de.cloudhub.order.ui.wizard.service;

import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Engine;
import de.cloudhub.order.model.LocalizedText;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.StorageOptions;
import java.math.BigDecimal;
import java.util.List;

/** Catalogs for the choices pages' tests, built from the model's records. */
public final class TestCatalogs {
    public static final String VALKEY = "valkey-8";
    public static final String OTHER = "valkey-8-ha";

    private TestCatalogs() {
    }

    public static ServiceOffering valkey(String id) {
        return new ServiceOffering(id, "caching",
                new LocalizedText("Caching as a Service – Valkey 8", "Caching as a Service – Valkey 8"),
                new Engine("Valkey", "8.0"),
                new LocalizedText("Verwalteter In-Memory-Cache, kompatibel zu Redis.",
                        "Managed in-memory cache, compatible with Redis."),
                List.of(node("r2-16", "r", 2, 16, "140.00"), node("b1-2", "b", 1, 2, "25.00"),
                        node("b2-4", "b", 2, 4, "45.00"), node("a2-8", "a", 2, 8, "80.00"),
                        node("a4-16", "a", 4, 16, "150.00"), node("r4-32", "r", 4, 32, "270.00")),
                new StorageOptions(50, 500, 50, new BigDecimal("0.10")),
                List.of(new Region("DE-NORTH", new LocalizedText("Nord", "North"), "Hamburg", List.of("a", "b")),
                        new Region("DE-WEST", new LocalizedText("West", "West"), "Köln", List.of("a", "b"))),
                20,
                List.of("noeviction", "allkeys-lru", "volatile-lru", "allkeys-lfu", "volatile-lfu",
                        "allkeys-random", "volatile-random", "volatile-ttl"),
                "volatile-lru");
    }

    /** The provider's catalog: one service. */
    public static Catalog single() {
        return new Catalog("2025-01", "EUR", new BigDecimal("0.19"), List.of(valkey(VALKEY)));
    }

    /** A catalog with two services, so nothing is preselected. */
    public static Catalog two() {
        return new Catalog("2025-01", "EUR", new BigDecimal("0.19"), List.of(valkey(VALKEY), valkey(OTHER)));
    }

    private static NodeSize node(String id, String series, int vcpu, int ram, String price) {
        return new NodeSize(id, series, vcpu, ram, new BigDecimal(price));
    }
}
