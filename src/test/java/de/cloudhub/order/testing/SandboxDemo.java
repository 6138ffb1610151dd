package de.cloudhub.order.testing;

import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.PriceCalculator;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import java.util.List;

/** The sandbox's demo data as tests rely on it: tokens, ids, and a valid order built from the served catalog. */
public final class SandboxDemo {
    public static final String CUSTOMER_TOKEN = "demo-customer";
    public static final String OTHER_CUSTOMER_TOKEN = "demo-customer-2";
    public static final String SALES_TOKEN = "demo-sales";
    public static final String SERVICE_ID = "caas-valkey-8";
    public static final String CUSTOMER_ID = "c-1001";
    public static final String PROFILE_ID = "bp-1001-1";
    public static final String NODE_SIZE = "a4-16";
    public static final String REFERENCE = "PO-4711";

    private SandboxDemo() {
    }

    /** A complete, valid order for the demo customer at the catalog's current price. */
    public static OrderRequest validOrder(Catalog catalog, String termsVersion) {
        return validOrder(catalog, termsVersion, PROFILE_ID, CUSTOMER_ID);
    }

    /** A complete, valid order: node {@value #NODE_SIZE}, twice the minimum storage, the first region. */
    public static OrderRequest validOrder(Catalog catalog, String termsVersion, String profileId, String customerId) {
        ServiceOffering service = catalog.service(SERVICE_ID).orElseThrow();
        int storage = service.storage().minGb() * 2;
        return new OrderRequest(customerId, SERVICE_ID, NODE_SIZE, storage,
                List.of(new TrustedSource("80.156.25.10/32", "office")), false,
                service.regions().get(0).id(), service.defaultMaxmemoryPolicy(), BillingChoice.existing(profileId),
                new TermsAcceptance(termsVersion, true),
                PriceCalculator.quote(catalog, SERVICE_ID, NODE_SIZE, storage).orElseThrow().net(), REFERENCE);
    }

    /** The same order under another reference (the customer's purchase order number). */
    public static OrderRequest withReference(OrderRequest order, String reference) {
        return new OrderRequest(order.customerId(), order.serviceId(), order.nodeSize(), order.storageGb(),
                order.trustedSources(), order.allowAllAddresses(), order.region(), order.maxmemoryPolicy(),
                order.billing(), order.terms(), order.quotedMonthlyNet(), reference);
    }

    /** The same order accepting another version of the terms. */
    public static OrderRequest withTermsVersion(OrderRequest order, String termsVersion) {
        return new OrderRequest(order.customerId(), order.serviceId(), order.nodeSize(), order.storageGb(),
                order.trustedSources(), order.allowAllAddresses(), order.region(), order.maxmemoryPolicy(),
                order.billing(), new TermsAcceptance(termsVersion, true), order.quotedMonthlyNet(),
                order.reference());
    }
}
