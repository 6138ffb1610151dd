package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An order in any state of completion: every field may still be empty. Serialised as an offline
 * draft, so it round-trips through JSON losslessly and ignores fields of newer versions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class OrderDraft {
    public static final int SCHEMA_VERSION = 1;

    private int schemaVersion = SCHEMA_VERSION;
    private String customerId;
    private String serviceId;
    private String nodeSize;
    private String maxmemoryPolicy;
    private Integer storageGb;
    private List<TrustedSource> trustedSources = new ArrayList<>();
    private boolean allowAllAddresses;
    private String region;
    private BillingChoice billing;
    private String reference;
    private TermsAcceptance terms;
    private String idempotencyKey;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private BigDecimal quotedMonthlyNet;

    public int getSchemaVersion() { return schemaVersion; }
    public void setSchemaVersion(int schemaVersion) { this.schemaVersion = schemaVersion; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getServiceId() { return serviceId; }
    public void setServiceId(String serviceId) { this.serviceId = serviceId; }
    public String getNodeSize() { return nodeSize; }
    public void setNodeSize(String nodeSize) { this.nodeSize = nodeSize; }
    public String getMaxmemoryPolicy() { return maxmemoryPolicy; }
    public void setMaxmemoryPolicy(String maxmemoryPolicy) { this.maxmemoryPolicy = maxmemoryPolicy; }
    public Integer getStorageGb() { return storageGb; }
    public void setStorageGb(Integer storageGb) { this.storageGb = storageGb; }
    public List<TrustedSource> getTrustedSources() { return trustedSources; }
    public void setTrustedSources(List<TrustedSource> trustedSources) {
        this.trustedSources = trustedSources == null ? new ArrayList<>() : new ArrayList<>(trustedSources);
    }
    public boolean isAllowAllAddresses() { return allowAllAddresses; }
    public void setAllowAllAddresses(boolean allowAllAddresses) { this.allowAllAddresses = allowAllAddresses; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public BillingChoice getBilling() { return billing; }
    public void setBilling(BillingChoice billing) { this.billing = billing; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public TermsAcceptance getTerms() { return terms; }
    public void setTerms(TermsAcceptance terms) { this.terms = terms; }
    /** Created at the first press of the order button and kept for every retry of this order. */
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public BigDecimal getQuotedMonthlyNet() { return quotedMonthlyNet; }
    public void setQuotedMonthlyNet(BigDecimal quotedMonthlyNet) { this.quotedMonthlyNet = quotedMonthlyNet; }

    /** The request body this draft stands for. */
    public OrderRequest toRequest() {
        return new OrderRequest(customerId, serviceId, nodeSize, storageGb, List.copyOf(trustedSources),
                allowAllAddresses, region, maxmemoryPolicy, billing, terms, quotedMonthlyNet, reference);
    }

    public static OrderDraft fromRequest(OrderRequest request) {
        OrderDraft d = new OrderDraft();
        d.setCustomerId(request.customerId());
        d.setServiceId(request.serviceId());
        d.setNodeSize(request.nodeSize());
        d.setStorageGb(request.storageGb());
        d.setTrustedSources(request.trustedSources());
        d.setAllowAllAddresses(request.allowAllAddresses());
        d.setRegion(request.region());
        d.setMaxmemoryPolicy(request.maxmemoryPolicy());
        d.setBilling(request.billing());
        d.setTerms(request.terms());
        d.setQuotedMonthlyNet(request.quotedMonthlyNet());
        d.setReference(request.reference());
        return d;
    }
}
