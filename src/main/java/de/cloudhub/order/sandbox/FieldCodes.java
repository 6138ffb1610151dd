package de.cloudhub.order.sandbox;

/**
 * Field problem codes only the server produces, added to the model's own (same dotted style, keys of
 * the problems bundle). Customer-required and terms problems come from {@code OrderValidator}.
 */
final class FieldCodes {
    static final String CUSTOMER_UNKNOWN = "customer.unknown";
    static final String BILLING_PROFILE_UNKNOWN = "billing.profileId.unknown";
    static final String QUOTED_PRICE_REQUIRED = "quotedMonthlyNet.required";
    static final String QUOTED_PRICE_CHANGED = "quotedMonthlyNet.changed";
    static final String PRICE_UNAVAILABLE = "price.unavailable";
    static final String INVALID_TYPE = "value.invalidType";
    static final String STATUS_UNKNOWN = "status.unknown";

    private FieldCodes() {
    }
}
