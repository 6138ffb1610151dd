package de.cloudhub.order.model;

import java.util.Optional;

/** SCAFFOLD: model helper implements. */
public final class PriceCalculator {
    private PriceCalculator() {
    }

    /** Node monthly net + storage GB x price per GB; empty while node size is unknown. Storage null counts as the minimum. */
    public static Optional<PriceQuote> quote(Catalog catalog, String serviceId, String nodeSizeId, Integer storageGb) {
        return Optional.empty();
    }
}
