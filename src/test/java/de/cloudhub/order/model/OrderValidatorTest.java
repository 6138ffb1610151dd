package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderValidatorTest {
    private final Catalog catalog = TestCatalogs.catalog();

    @Test
    void validDraftHasNoProblems() {
        assertThat(OrderValidator.validate(TestCatalogs.validDraft(), catalog, TestCatalogs.TERMS)).isEmpty();
    }

    @Test
    void emptyDraftReportsEveryMissingFieldAtOnce() {
        List<Problem> problems = OrderValidator.validate(new OrderDraft(), catalog, TestCatalogs.TERMS);

        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
                tuple("serviceId", OrderValidator.SERVICE_REQUIRED),
                tuple("nodeSize", NodeSizeId.REQUIRED),
                tuple("storageGb", StorageRules.REQUIRED),
                tuple("trustedSources", TrustedSourceRules.REQUIRED),
                tuple("region", OrderValidator.REGION_REQUIRED),
                tuple("billing", BillingRules.REQUIRED),
                tuple("terms", OrderValidator.TERMS_NOT_ACCEPTED));
        assertThat(problems).allMatch(Problem::isError);
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setNodeSize("b32-64");
        d.setMaxmemoryPolicy("random-eviction");
        d.setStorageGb(120);
        d.setTrustedSources(List.of(new TrustedSource("10.0.0.1", null), new TrustedSource("85.215.1.10", "a\tb")));
        d.setRegion("US-EAST");
        d.setBilling(BillingChoice.newProfile(new NewBillingProfile("M", "S", "2009", "H", "DE", "x@", null,
                "AT123")));
        d.setReference("x".repeat(81));
        d.setTerms(new TermsAcceptance("2023-01", true));

        List<Problem> problems = OrderValidator.validate(d, catalog, TestCatalogs.TERMS);

        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
                tuple("nodeSize", NodeSizeId.UNKNOWN),
                tuple("maxmemoryPolicy", OrderValidator.MAXMEMORY_POLICY_UNKNOWN),
                tuple("storageGb", StorageRules.OFF_GRID),
                tuple("trustedSources[0].cidr", TrustedSourceRules.PRIVATE),
                tuple("trustedSources[1].description", TrustedSourceRules.DESCRIPTION_NON_PRINTABLE),
                tuple("region", OrderValidator.REGION_UNKNOWN),
                tuple("billing.newProfile.postalCode", BillingRules.POSTAL_CODE_FORMAT),
                tuple("billing.newProfile.email", BillingRules.EMAIL_INVALID),
                tuple("billing.newProfile.vatId", BillingRules.VAT_COUNTRY_MISMATCH),
                tuple("reference", OrderValidator.REFERENCE_TOO_LONG),
                tuple("terms", OrderValidator.TERMS_OUTDATED));
    }

    @Test
    void unknownServiceStillChecksWhatItCan() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setServiceId("redis-7");
        d.setNodeSize("big");

        assertThat(OrderValidator.validate(d, catalog, null)).containsExactly(
                Problem.error("serviceId", OrderValidator.SERVICE_UNKNOWN, "redis-7", "valkey-8"),
                Problem.error("nodeSize", NodeSizeId.MALFORMED, "big"));
    }

    @Test
    void trustedSourceMaximumComesFromTheService() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setTrustedSources(List.of(new TrustedSource("85.215.1.1", null), new TrustedSource("85.215.1.2", null),
                new TrustedSource("85.215.1.3", null), new TrustedSource("85.215.1.4", null)));

        assertThat(OrderValidator.validate(d, catalog, null))
                .containsExactly(Problem.error("trustedSources", TrustedSourceRules.TOO_MANY, 3, 4));
    }

    @Test
    void allAddressesNeedTheDraftsConfirmation() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setTrustedSources(List.of(new TrustedSource("0.0.0.0/0", null)));

        assertThat(OrderValidator.validate(d, catalog, null)).extracting(Problem::code, Problem::severity)
                .containsExactly(tuple(TrustedSourceRules.ALL_ADDRESSES, Severity.ERROR));

        d.setAllowAllAddresses(true);
        assertThat(OrderValidator.validate(d, catalog, null)).extracting(Problem::code, Problem::severity)
                .containsExactly(tuple(TrustedSourceRules.ALL_ADDRESSES_CONFIRMED, Severity.WARNING));
    }

    @Test
    void policyIsOptionalButMustBeKnownWhenSet() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setMaxmemoryPolicy(null);
        assertThat(OrderValidator.validate(d, catalog, null)).isEmpty();

        d.setMaxmemoryPolicy("noeviction");
        assertThat(OrderValidator.validate(d, catalog, null)).isEmpty();

        d.setMaxmemoryPolicy("lfu");
        assertThat(OrderValidator.validate(d, catalog, null)).containsExactly(Problem.error("maxmemoryPolicy",
                OrderValidator.MAXMEMORY_POLICY_UNKNOWN, "lfu", "volatile-lru, allkeys-lru, noeviction"));
    }

    @Test
    void referenceIsOptionalUpTo80PrintableCharacters() {
        assertThat(OrderValidator.validateReference(null)).isEmpty();
        assertThat(OrderValidator.validateReference("  ")).isEmpty();
        assertThat(OrderValidator.validateReference("P".repeat(80))).isEmpty();
        assertThat(OrderValidator.validateReference("P".repeat(81)))
                .containsExactly(Problem.error("reference", OrderValidator.REFERENCE_TOO_LONG, 80, 81));
        assertThat(OrderValidator.validateReference("PO\n4711"))
                .containsExactly(Problem.error("reference", OrderValidator.REFERENCE_CONTROL));
    }

    @Test
    void termsNotAcceptedAndOutdatedAreDistinct() {
        assertThat(OrderValidator.validateTerms(null, "v2"))
                .containsExactly(Problem.error("terms", OrderValidator.TERMS_NOT_ACCEPTED, "v2"));
        assertThat(OrderValidator.validateTerms(new TermsAcceptance("v2", false), "v2"))
                .containsExactly(Problem.error("terms", OrderValidator.TERMS_NOT_ACCEPTED, "v2"));
        assertThat(OrderValidator.validateTerms(new TermsAcceptance("v1", true), "v2"))
                .containsExactly(Problem.error("terms", OrderValidator.TERMS_OUTDATED, "v1", "v2"));
        assertThat(OrderValidator.validateTerms(new TermsAcceptance("v2", true), "v2")).isEmpty();
    }

    @Test
    void termsAreSkippedWithoutCurrentVersion() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setTerms(null);

        assertThat(OrderValidator.validate(d, catalog, null)).isEmpty();
    }

    @Test
    void salesMustNameTheCustomer() {
        OrderDraft d = TestCatalogs.validDraft();

        assertThat(OrderValidator.validate(d, catalog, null, true))
                .containsExactly(Problem.error("customerId", OrderValidator.CUSTOMER_REQUIRED));
        d.setCustomerId("c-1");
        assertThat(OrderValidator.validate(d, catalog, null, true)).isEmpty();
    }

    @Test
    void warningsAndNoticesDoNotBlock() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setTrustedSources(List.of(new TrustedSource("85.215.1.7/24", null), new TrustedSource("85.215.1.0/24", null)));

        List<Problem> problems = OrderValidator.validate(d, catalog, TestCatalogs.TERMS);

        assertThat(problems).extracting(Problem::severity).containsExactly(Severity.NOTICE, Severity.WARNING);
        assertThat(problems).noneMatch(Problem::isError);
    }
}
