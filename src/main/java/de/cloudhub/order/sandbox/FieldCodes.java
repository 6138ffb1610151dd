package de.cloudhub.order.sandbox;

/**
 * Field problem codes the server adds to the model's (same dotted style, keys of the problems
 * bundle). The customer, terms codes are the model's own, reused for the server-side checks.
 */
final class FieldCodes {
    static final String CUSTOMER_REQUIRED = "customer.required";
    static final String CUSTOMER_UNKNOWN = "customer.unknown";
    static final String BILLING_PROFILE_UNKNOWN = "billing.profileId.unknown";
    static final String TERMS_NOT_ACCEPTED = "terms.notAccepted";
    static final String TERMS_OUTDATED = "terms.outdated";
    static final String QUOTED_PRICE_REQUIRED = "quotedMonthlyNet.required";
    static final String QUOTED_PRICE_CHANGED = "quotedMonthlyNet.changed";
    static final String PRICE_UNAVAILABLE = "price.unavailable";
    static final String INVALID_TYPE = "value.invalidType";
    static final String STATUS_UNKNOWN = "status.unknown";

    private FieldCodes() {
    }
}
