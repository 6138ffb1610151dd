package de.cloudhub.order.model;

import java.util.List;

/**
 * The order's fields, listed once: the field path of the model and the API contract, and the step on
 * which the person changes it. The session's input, the change tracking, the clearing of the server's
 * problems and the draft mapping all loop over this list instead of naming the fields again.
 */
public enum OrderField {
    CUSTOMER_ID("customerId", StepId.CUSTOMER, "billing"),
    SERVICE_ID("serviceId", StepId.SERVICE),
    NODE_SIZE("nodeSize", StepId.NODE_SIZE),
    MAXMEMORY_POLICY("maxmemoryPolicy", StepId.NODE_SIZE),
    STORAGE_GB("storageGb", StepId.STORAGE),
    TRUSTED_SOURCES("trustedSources", StepId.TRUSTED_SOURCES),
    ALLOW_ALL_ADDRESSES("allowAllAddresses", StepId.TRUSTED_SOURCES, "trustedSources"),
    REGION("region", StepId.REGION),
    BILLING_MODE("billing", StepId.BILLING),
    BILLING_PROFILE_ID("billing.profileId", StepId.BILLING),
    COMPANY("billing.newProfile.company", StepId.BILLING),
    STREET("billing.newProfile.street", StepId.BILLING),
    POSTAL_CODE("billing.newProfile.postalCode", StepId.BILLING),
    CITY("billing.newProfile.city", StepId.BILLING),
    // the country decides which postal codes and VAT ids are valid
    COUNTRY("billing.newProfile.country", StepId.BILLING, "billing.newProfile.vatId", "billing.newProfile.postalCode"),
    EMAIL("billing.newProfile.email", StepId.BILLING),
    CONTACT_NAME("billing.newProfile.contactName", StepId.BILLING),
    VAT_ID("billing.newProfile.vatId", StepId.BILLING),
    REFERENCE("reference", StepId.BILLING),
    TERMS("terms", StepId.SUMMARY),
    // the price the person saw when pressing the order button
    QUOTED_MONTHLY_NET("quotedMonthlyNet", StepId.SUMMARY);

    private final String path;
    private final StepId step;
    private final List<String> alsoAffects;

    OrderField(String path, StepId step, String... alsoAffects) {
        this.path = path;
        this.step = step;
        this.alsoAffects = List.of(alsoAffects);
    }

    /** The fields the person edits: every field but the price the app records at the press. */
    public static List<OrderField> edited() {
        return java.util.Arrays.stream(values()).filter(f -> f != QUOTED_MONTHLY_NET).toList();
    }

    /** The field's path in the request body and in the server's problem reports. */
    public String path() {
        return path;
    }

    /** The step on which the person changes this field. */
    public StepId step() {
        return step;
    }

    /** The paths whose problems a change of this field answers: its own and those it decides. */
    public List<String> affectedPaths() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(path), alsoAffects.stream()).toList();
    }
}
