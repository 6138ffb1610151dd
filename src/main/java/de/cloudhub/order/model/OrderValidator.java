package de.cloudhub.order.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Validates a whole draft against the catalog, returning every problem at once. */
public final class OrderValidator {
    public static final int REFERENCE_MAX = 80;

    public static final String CUSTOMER_REQUIRED = "customer.required";
    public static final String SERVICE_REQUIRED = "service.required";
    public static final String SERVICE_UNKNOWN = "service.unknown";
    public static final String MAXMEMORY_POLICY_UNKNOWN = "maxmemoryPolicy.unknown";
    public static final String REGION_REQUIRED = "region.required";
    public static final String REGION_UNKNOWN = "region.unknown";
    public static final String REFERENCE_TOO_LONG = "reference.tooLong";
    public static final String REFERENCE_CONTROL = "reference.controlChars";
    public static final String TERMS_NOT_ACCEPTED = "terms.notAccepted";
    public static final String TERMS_OUTDATED = "terms.outdated";

    /** Every code this class produces itself; see {@link #allCodes()} for the whole model. */
    public static final List<String> CODES = List.of(CUSTOMER_REQUIRED, SERVICE_REQUIRED, SERVICE_UNKNOWN,
            MAXMEMORY_POLICY_UNKNOWN, REGION_REQUIRED, REGION_UNKNOWN, REFERENCE_TOO_LONG, REFERENCE_CONTROL,
            TERMS_NOT_ACCEPTED, TERMS_OUTDATED);

    private OrderValidator() {
    }

    /**
     * Every problem of the draft at once. {@code currentTermsVersion} null skips the terms check
     * (a draft before the summary).
     */
    public static List<Problem> validate(OrderDraft draft, Catalog catalog, String currentTermsVersion) {
        return validate(draft, catalog, currentTermsVersion, false);
    }

    /**
     * As {@link #validate(OrderDraft, Catalog, String)}; {@code customerRequired} is true when the
     * order is placed by sales staff, who must name the customer ({@code customerId}).
     */
    public static List<Problem> validate(OrderDraft draft, Catalog catalog, String currentTermsVersion,
                                         boolean customerRequired) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(catalog, "catalog");
        List<Problem> problems = new ArrayList<>();
        if (customerRequired && Text.isBlank(draft.getCustomerId())) {
            problems.add(Problem.error("customerId", CUSTOMER_REQUIRED));
        }
        ServiceOffering service = null;
        if (Text.isBlank(draft.getServiceId())) {
            problems.add(Problem.error("serviceId", SERVICE_REQUIRED));
        } else {
            service = catalog.service(draft.getServiceId()).orElse(null);
            if (service == null) {
                problems.add(Problem.error("serviceId", SERVICE_UNKNOWN, draft.getServiceId(),
                        catalog.services().stream().map(ServiceOffering::id).collect(Collectors.joining(", "))));
            }
        }
        problems.addAll(NodeSizeId.validate(draft.getNodeSize(), service));
        problems.addAll(validateMaxmemoryPolicy(draft.getMaxmemoryPolicy(), service));
        problems.addAll(StorageRules.validate(draft.getStorageGb(), service == null ? null : service.storage()));
        int maxSources = service == null ? Integer.MAX_VALUE : service.maxTrustedSources();
        problems.addAll(TrustedSourceRules.check(draft.getTrustedSources(), draft.isAllowAllAddresses(), maxSources)
                .problems());
        problems.addAll(validateRegion(draft.getRegion(), service));
        problems.addAll(BillingRules.validate(draft.getBilling()));
        problems.addAll(validateReference(draft.getReference()));
        if (currentTermsVersion != null) {
            problems.addAll(validateTerms(draft.getTerms(), currentTermsVersion));
        }
        return List.copyOf(problems);
    }

    /** Field {@code maxmemoryPolicy}: optional (the service's default applies); when set, one of the service's. */
    public static List<Problem> validateMaxmemoryPolicy(String policy, ServiceOffering service) {
        if (Text.isBlank(policy) || service == null || service.maxmemoryPolicies().contains(policy)) {
            return List.of();
        }
        return List.of(Problem.error("maxmemoryPolicy", MAXMEMORY_POLICY_UNKNOWN, policy,
                String.join(", ", service.maxmemoryPolicies())));
    }

    /** Field {@code region}: required; with a known service, one of its regions. */
    public static List<Problem> validateRegion(String region, ServiceOffering service) {
        if (Text.isBlank(region)) {
            return List.of(Problem.error("region", REGION_REQUIRED));
        }
        if (service != null && service.region(region).isEmpty()) {
            return List.of(Problem.error("region", REGION_UNKNOWN, region,
                    service.regions().stream().map(Region::id).collect(Collectors.joining(", "))));
        }
        return List.of();
    }

    /** Field {@code reference}: optional, at most {@value #REFERENCE_MAX} printable characters. */
    public static List<Problem> validateReference(String reference) {
        String value = Text.trim(reference);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        int length = Text.length(value);
        if (length > REFERENCE_MAX) {
            problems.add(Problem.error("reference", REFERENCE_TOO_LONG, REFERENCE_MAX, length));
        }
        if (Text.hasNonPrintable(value)) {
            problems.add(Problem.error("reference", REFERENCE_CONTROL));
        }
        return problems;
    }

    /** Field {@code terms}: the flag set and the version the server currently asks for. */
    public static List<Problem> validateTerms(TermsAcceptance terms, String currentTermsVersion) {
        if (terms == null || !terms.accepted() || Text.isBlank(terms.version())) {
            return List.of(Problem.error("terms", TERMS_NOT_ACCEPTED, currentTermsVersion));
        }
        if (!currentTermsVersion.equals(terms.version())) {
            return List.of(Problem.error("terms", TERMS_OUTDATED, terms.version(), currentTermsVersion));
        }
        return List.of();
    }

    /** Every problem code the model can produce; each is a key of the {@code problems} bundle. */
    public static List<String> allCodes() {
        List<String> all = new ArrayList<>(CODES);
        all.addAll(NodeSizeId.CODES);
        all.addAll(StorageRules.CODES);
        all.addAll(TrustedSourceRules.CODES);
        all.addAll(BillingRules.CODES);
        return List.copyOf(all);
    }
}
