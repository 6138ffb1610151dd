package de.cloudhub.order.model;

/**
 * The ordering steps in the provider's order. {@code pageId} is the page's stable id (its node id in the
 * window, and how a draft remembers the page the person was on: by id, never by position).
 */
public enum StepId {
    /** Sales staff only: whom the order is for. A customer's own orders have no such step. */
    CUSTOMER("page-customer"),
    SERVICE("page-service"),
    NODE_SIZE("page-node-size"),
    STORAGE("page-storage"),
    TRUSTED_SOURCES("page-trusted-sources"),
    REGION("page-region"),
    BILLING("page-billing"),
    SUMMARY("page-summary");

    private final String pageId;

    StepId(String pageId) {
        this.pageId = pageId;
    }

    public String pageId() {
        return pageId;
    }

    /** i18n key of the step's short title, e.g. {@code step.service}. */
    public String titleKey() {
        return "step." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
