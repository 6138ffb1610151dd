package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    /**
     * The draft's value of {@code field} as the order's input holds it: typed text ({@code billing.newProfile.*},
     * the reference) as "" when empty, {@link BillingMode} for the billing, the acceptance (a Boolean) for the
     * terms. Only meaningful where {@link #holds(OrderField)}. This and {@link #of} are the one place that maps
     * the fields to the draft; the input loops over {@link OrderField} and never names them again.
     */
    public Object value(OrderField field) {
        NewBillingProfile p = billing == null ? null : billing.newProfile();
        return switch (field) {
            case CUSTOMER_ID -> customerId;
            case SERVICE_ID -> serviceId;
            case NODE_SIZE -> nodeSize;
            case MAXMEMORY_POLICY -> maxmemoryPolicy;
            case STORAGE_GB -> storageGb;
            case TRUSTED_SOURCES -> List.copyOf(trustedSources);
            case ALLOW_ALL_ADDRESSES -> allowAllAddresses;
            case REGION -> region;
            case BILLING_MODE -> p != null ? BillingMode.NEW : BillingMode.EXISTING;
            case BILLING_PROFILE_ID -> billing == null ? null : billing.profileId();
            case COMPANY -> text(p == null ? null : p.company());
            case STREET -> text(p == null ? null : p.street());
            case POSTAL_CODE -> text(p == null ? null : p.postalCode());
            case CITY -> text(p == null ? null : p.city());
            case COUNTRY -> text(p == null ? null : p.country());
            case EMAIL -> text(p == null ? null : p.email());
            case CONTACT_NAME -> text(p == null ? null : p.contactName());
            case VAT_ID -> text(p == null ? null : p.vatId());
            case REFERENCE -> text(reference);
            case TERMS -> terms != null && terms.accepted();
            case QUOTED_MONTHLY_NET -> quotedMonthlyNet;
        };
    }

    /**
     * Whether the draft says anything about {@code field}: the new profile's fields only when it bills to a new
     * profile, the existing profile only when it does not; every other field always.
     */
    public boolean holds(OrderField field) {
        boolean newProfile = billing != null && billing.newProfile() != null;
        return switch (field) {
            case BILLING_PROFILE_ID -> !newProfile;
            case COMPANY, STREET, POSTAL_CODE, CITY, COUNTRY, EMAIL, CONTACT_NAME, VAT_ID -> newProfile;
            default -> true;
        };
    }

    /**
     * A draft of the input's values, read by field as {@link #value(OrderField)} gives them; the billing is the
     * new profile typed or the existing one chosen (by {@link OrderField#BILLING_MODE}), blank optional text
     * becomes absent, and the terms acceptance is for {@code termsVersion}.
     */
    public static OrderDraft of(Function<OrderField, Object> values, String termsVersion) {
        OrderDraft d = new OrderDraft();
        d.setCustomerId((String) values.apply(OrderField.CUSTOMER_ID));
        d.setServiceId((String) values.apply(OrderField.SERVICE_ID));
        d.setNodeSize((String) values.apply(OrderField.NODE_SIZE));
        d.setMaxmemoryPolicy((String) values.apply(OrderField.MAXMEMORY_POLICY));
        d.setStorageGb((Integer) values.apply(OrderField.STORAGE_GB));
        @SuppressWarnings("unchecked")
        List<TrustedSource> sources = (List<TrustedSource>) values.apply(OrderField.TRUSTED_SOURCES);
        d.setTrustedSources(sources);
        d.setAllowAllAddresses(Boolean.TRUE.equals(values.apply(OrderField.ALLOW_ALL_ADDRESSES)));
        d.setRegion((String) values.apply(OrderField.REGION));
        if (values.apply(OrderField.BILLING_MODE) == BillingMode.NEW) {
            d.setBilling(BillingChoice.newProfile(new NewBillingProfile(
                    (String) values.apply(OrderField.COMPANY), (String) values.apply(OrderField.STREET),
                    (String) values.apply(OrderField.POSTAL_CODE), (String) values.apply(OrderField.CITY),
                    (String) values.apply(OrderField.COUNTRY), (String) values.apply(OrderField.EMAIL),
                    blankToNull((String) values.apply(OrderField.CONTACT_NAME)),
                    blankToNull((String) values.apply(OrderField.VAT_ID)))));
        } else {
            String profileId = (String) values.apply(OrderField.BILLING_PROFILE_ID);
            d.setBilling(profileId == null ? null : BillingChoice.existing(profileId));
        }
        d.setReference(blankToNull((String) values.apply(OrderField.REFERENCE)));
        d.setTerms(new TermsAcceptance(termsVersion, Boolean.TRUE.equals(values.apply(OrderField.TERMS))));
        d.setQuotedMonthlyNet((BigDecimal) values.apply(OrderField.QUOTED_MONTHLY_NET));
        return d;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

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
