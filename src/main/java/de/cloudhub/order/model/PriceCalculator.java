package de.cloudhub.order.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The monthly price of an order: BigDecimal throughout, cents rounded half-up. */
public final class PriceCalculator {
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private PriceCalculator() {
    }

    /** {@link #quote(Catalog, String, String, Integer, boolean)} with VAT charged. */
    public static Optional<PriceQuote> quote(Catalog catalog, String serviceId, String nodeSizeId, Integer storageGb) {
        return quote(catalog, serviceId, nodeSizeId, storageGb, false);
    }

    /**
     * Node monthly net + storage GB x price per GB, VAT at the catalog's rate (0 under reverse charge,
     * see {@link BillingRules#isReverseCharge}), gross = net + VAT. Empty while the service or node
     * size is unknown; storage null counts as the service's minimum.
     */
    public static Optional<PriceQuote> quote(Catalog catalog, String serviceId, String nodeSizeId, Integer storageGb,
                                             boolean reverseCharge) {
        if (catalog == null || catalog.vatRate() == null || serviceId == null || nodeSizeId == null) {
            return Optional.empty();
        }
        Optional<ServiceOffering> service = catalog.service(serviceId);
        Optional<NodeSize> node = service.flatMap(s -> s.nodeSize(nodeSizeId));
        if (node.isEmpty() || node.get().monthlyNet() == null || service.get().storage() == null
                || service.get().storage().monthlyNetPerGb() == null) {
            return Optional.empty();
        }
        StorageOptions storage = service.get().storage();
        int gb = storageGb == null ? storage.minGb() : storageGb;
        BigDecimal net = node.get().monthlyNet()
                .add(storageMonthlyNet(storage, gb).orElseThrow())
                .setScale(SCALE, ROUNDING);
        BigDecimal rate = reverseCharge ? BigDecimal.ZERO : catalog.vatRate();
        BigDecimal vat = net.multiply(rate).setScale(SCALE, ROUNDING);
        return Optional.of(new PriceQuote(net, vat, net.add(vat), rate, catalog.currency(), reverseCharge));
    }

    /** The storage's share of the monthly net: GB x price per GB; empty while either is unknown. */
    public static Optional<BigDecimal> storageMonthlyNet(StorageOptions storage, Integer storageGb) {
        if (storage == null || storage.monthlyNetPerGb() == null || storageGb == null) {
            return Optional.empty();
        }
        return Optional.of(storage.monthlyNetPerGb().multiply(BigDecimal.valueOf(storageGb)));
    }
}
