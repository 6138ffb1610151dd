package de.cloudhub.order.model;

import java.math.BigDecimal;
import java.util.List;

/** A small catalog shaped like the provider's, for model tests. */
final class TestCatalogs {
    static final String SERVICE = "valkey-8";
    static final String TERMS = "2024-06";

    private TestCatalogs() {
    }

    static Catalog catalog() {
        return new Catalog("test-1", "EUR", new BigDecimal("0.19"), List.of(valkey()));
    }

    static ServiceOffering valkey() {
        return new ServiceOffering(SERVICE, "caching",
                new LocalizedText("Caching as a Service – Valkey 8", "Caching as a Service – Valkey 8"),
                new Engine("valkey", "8"),
                new LocalizedText("Schneller In-Memory-Speicher", "Fast in-memory store"),
                List.of(node("b2-4", "b", 2, 4, "49.90"), node("a4-16", "a", 4, 16, "159.00"),
                        node("r4-32", "r", 4, 32, "229.50")),
                new StorageOptions(50, 500, 50, new BigDecimal("0.12")),
                List.of(new Region("DE-NORTH", new LocalizedText("Nord", "North"), "Hamburg",
                                List.of("DE-NORTH-1", "DE-NORTH-2")),
                        new Region("DE-WEST", new LocalizedText("West", "West"), "Köln/Düsseldorf",
                                List.of("DE-WEST-1", "DE-WEST-2"))),
                3, List.of("volatile-lru", "allkeys-lru", "noeviction"), "volatile-lru");
    }

    static NodeSize node(String id, String series, int vcpu, int ram, String price) {
        return new NodeSize(id, series, vcpu, ram, new BigDecimal(price));
    }

    static NewBillingProfile germanProfile() {
        return new NewBillingProfile("Muster GmbH", "Musterstraße 1", "20095", "Hamburg", "DE",
                "rechnung@muster.de", "Erika Muster", "DE123456789");
    }

    /** A draft that passes every check. */
    static OrderDraft validDraft() {
        OrderDraft d = new OrderDraft();
        d.setServiceId(SERVICE);
        d.setNodeSize("a4-16");
        d.setStorageGb(100);
        d.setTrustedSources(List.of(new TrustedSource("85.215.10.0/24", "Office")));
        d.setRegion("DE-NORTH");
        d.setBilling(BillingChoice.existing("bp-1"));
        d.setReference("PO-4711");
        d.setTerms(new TermsAcceptance(TERMS, true));
        return d;
    }
}
