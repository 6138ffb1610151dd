package de.cloudhub.order.api;

import static de.cloudhub.order.testing.SandboxDemo.CUSTOMER_TOKEN;
import static de.cloudhub.order.testing.SandboxDemo.OTHER_CUSTOMER_TOKEN;
import static de.cloudhub.order.testing.SandboxDemo.SALES_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.SandboxDemo;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract of docs/api.md, through the client, against the sandbox over loopback HTTP. */
class ApiContractTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();
    private ApiClient customer;

    @BeforeEach
    void customerClient() {
        customer = sandbox.client(CUSTOMER_TOKEN);
    }

    @AfterEach
    void closeClient() {
        customer.close();
    }

    @Test
    void meNamesTheCustomerUser() {
        Me me = customer.me();

        assertThat(me.role()).isEqualTo(Me.ROLE_CUSTOMER);
        assertThat(me.customer().name()).isEqualTo("Muster GmbH");
        assertThat(me.user().name()).isNotBlank();
    }

    @Test
    void meNamesSalesStaffWithoutCustomer() {
        try (ApiClient sales = sandbox.client(SALES_TOKEN)) {
            Me me = sales.me();
            assertThat(me.isSales()).isTrue();
            assertThat(me.customer()).isNull();
        }
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        try (ApiClient stranger = sandbox.client("no-such-token")) {
            assertThatThrownBy(stranger::me)
                    .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.isUnauthorized()).isTrue());
        }
    }

    @Test
    void catalogCarriesTheProviderOfferingWithDecimalPrices() {
        Catalog catalog = customer.catalog();

        assertThat(catalog.currency()).isEqualTo("EUR");
        assertThat(catalog.vatRate()).isEqualByComparingTo("0.19");
        assertThat(catalog.service(SandboxDemo.SERVICE_ID)).hasValueSatisfying(s -> {
            assertThat(s.nodeSizes()).extracting(n -> n.id()).contains("b2-4", "a4-16", "r16-128");
            assertThat(s.storage().minGb()).isEqualTo(50);
            assertThat(s.storage().maxGb()).isEqualTo(500);
        });
    }

    @Test
    void catalogWithItsOwnEtagAnswersNotModified() {
        Conditional<Catalog> first = customer.catalog(null);

        Conditional<Catalog> second = customer.catalog(first.etag());

        assertThat(first.notModified()).isFalse();
        assertThat(first.etag()).isNotBlank();
        assertThat(second).isEqualTo(new Conditional<Catalog>(null, first.etag(), true));
    }

    @Test
    void catalogWithAStaleEtagAnswersTheFullCatalog() {
        Conditional<Catalog> answer = customer.catalog("\"stale\"");

        assertThat(answer.notModified()).isFalse();
        assertThat(answer.value().services()).isNotEmpty();
    }

    @Test
    void catalogWithoutArgumentsSeesAPriceChange() {
        customer.catalog();
        sandbox.control("{\"prices\":{\"nodeSizes\":{\"a4-16\":\"999.00\"}}}");

        Catalog changed = customer.catalog();

        assertThat(changed.service(SandboxDemo.SERVICE_ID).orElseThrow().nodeSize("a4-16").orElseThrow().monthlyNet())
                .isEqualByComparingTo("999.00");
    }

    @Test
    void termsCarryVersionAcceptanceAndDocuments() {
        Terms terms = customer.terms();

        assertThat(terms.version()).isNotBlank();
        assertThat(terms.acceptance().de()).isNotBlank();
        assertThat(terms.acceptance().en()).isNotBlank();
        assertThat(terms.documents()).isNotEmpty();
    }

    @Test
    void clientAddressIsWhatTheServerSees() {
        sandbox.control("{\"clientAddress\":\"198.51.100.7\"}");

        assertThat(customer.clientAddress().address()).isEqualTo("198.51.100.7");
    }

    @Test
    void salesListsCustomersMatchingAQuery() {
        try (ApiClient sales = sandbox.client(SALES_TOKEN)) {
            List<CustomerRef> found = sales.customers("Muster", 10);
            assertThat(found).extracting(CustomerRef::name).containsExactly("Muster GmbH");
            assertThat(sales.customers(null, 0)).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aCustomerMayNotListCustomers() {
        assertThatThrownBy(() -> customer.customers("", 10))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.isForbidden()).isTrue();
                });
    }

    @Test
    void billingProfilesOfTheOwnCustomer() {
        List<BillingProfile> profiles = customer.billingProfiles("c-1001");

        assertThat(profiles).extracting(BillingProfile::id).containsExactly("bp-1001-1", "bp-1001-2");
    }

    @Test
    void billingProfilesOfAnotherCustomerAreNotFound() {
        assertThatThrownBy(() -> customer.billingProfiles("c-1002")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void placingAnOrderReturnsTheNewOrder() {
        OrderRequest request = sandbox.validOrder();

        Order order = customer.placeOrder(request, UUID.randomUUID());

        assertThat(order.id()).isNotBlank();
        assertThat(order.customerId()).isEqualTo("c-1001");
        assertThat(order.parsedStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(order.monthlyNet()).isEqualByComparingTo(request.quotedMonthlyNet());
        assertThat(order.request().nodeSize()).isEqualTo("a4-16");
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void theSameKeyTwiceGivesTheSameOrder() {
        OrderRequest request = sandbox.validOrder();
        UUID key = UUID.randomUUID();

        Order first = customer.placeOrder(request, key);
        Order second = customer.placeOrder(request, key);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedOnceAndNotRetried() {
        OrderRequest request = sandbox.validOrder();
        UUID key = UUID.randomUUID();
        customer.placeOrder(request, key);
        OrderRequest other = SandboxDemo.withReference(request, "PO-other");

        assertThatThrownBy(() -> customer.placeOrder(other, key))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(ApiClient.isAmbiguous(p)).isFalse();
                    assertThat(ApiClient.isWorthRetrying(p)).isFalse();
                });
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void aChangedPriceArrivesAsPriceChangedWithTheNewPrice() {
        OrderRequest request = sandbox.validOrder();
        sandbox.control("{\"prices\":{\"nodeSizes\":{\"a4-16\":\"500.00\"}}}");

        assertThatThrownBy(() -> customer.placeOrder(request, UUID.randomUUID()))
                .isInstanceOfSatisfying(PriceChangedException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.code()).isEqualTo("price-changed");
                    assertThat(p.currentMonthlyNet()).isNotNull();
                    assertThat(p.currentMonthlyNet()).isNotEqualByComparingTo(request.quotedMonthlyNet());
                    assertThat(p.currentMonthlyNet()).isGreaterThan(new BigDecimal("500.00"));
                });
        assertThat(sandbox.ordersOnServer()).isZero();
    }

    @Test
    void invalidFieldsArriveAsFieldErrorsWithModelPaths() {
        OrderRequest valid = sandbox.validOrder();
        OrderRequest invalid = new OrderRequest(valid.customerId(), valid.serviceId(), "z9-9", 55,
                List.of(new TrustedSource("10.0.0.0/8", "private")), false, "MARS", valid.maxmemoryPolicy(),
                valid.billing(), valid.terms(), valid.quotedMonthlyNet(), valid.reference());

        assertThatThrownBy(() -> customer.placeOrder(invalid, UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors()).extracting(FieldError::field)
                            .contains("nodeSize", "storageGb", "trustedSources[0].cidr", "region");
                    assertThat(p.errors()).allSatisfy(e -> assertThat(e.code()).isNotBlank());
                    assertThat(p.errors().get(0).toProblem().isError()).isTrue();
                });
        assertThat(sandbox.ordersOnServer()).isZero();
    }

    @Test
    void outdatedTermsAreRefusedWithTheirCode() {
        OrderRequest valid = sandbox.validOrder();
        OrderRequest old = SandboxDemo.withTermsVersion(valid, "1999-01");

        assertThatThrownBy(() -> customer.placeOrder(old, UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors()).extracting(FieldError::field).contains("terms");
                });
    }

    @Test
    void salesPlacesAnOrderForANamedCustomer() {
        try (ApiClient sales = sandbox.client(SALES_TOKEN)) {
            OrderRequest request = SandboxDemo.validOrder(sales.catalog(), sales.terms().version(),
                    "bp-1002-1", "c-1002");

            Order order = sales.placeOrder(request, UUID.randomUUID());

            assertThat(order.customerId()).isEqualTo("c-1002");
        }
    }

    @Test
    void ordersListsTheCustomersOrders() {
        OrderRequest request = sandbox.validOrder();
        Order placed = customer.placeOrder(request, UUID.randomUUID());

        assertThat(customer.orders(null, null)).extracting(Order::id).containsExactly(placed.id());
        assertThat(customer.orders("c-1001", "new")).extracting(Order::id).containsExactly(placed.id());
        assertThat(customer.orders(null, "DONE")).isEmpty();
    }

    @Test
    void anOrderIsFoundByItsIdempotencyKeyAfterTheKeyWasReusedForAnotherBody() {
        OrderRequest request = sandbox.validOrder();
        UUID key = UUID.randomUUID();
        Order placed = customer.placeOrder(request, key);
        customer.placeOrder(request, UUID.randomUUID());
        OrderRequest edited = SandboxDemo.withReference(request, "PO-edited");
        assertThatThrownBy(() -> customer.placeOrder(edited, key)).isInstanceOf(ApiProblemException.class);

        assertThat(customer.orderByIdempotencyKey(key)).map(Order::id).contains(placed.id());
    }

    @Test
    void aKeyThatPlacedNoOrderFindsNothing() {
        OrderRequest request = sandbox.validOrder();
        customer.placeOrder(request, UUID.randomUUID());

        assertThat(customer.orderByIdempotencyKey(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anotherCustomersKeyFindsNothing() {
        OrderRequest request = sandbox.validOrder();
        UUID key = UUID.randomUUID();
        customer.placeOrder(request, key);

        try (ApiClient other = sandbox.client(OTHER_CUSTOMER_TOKEN)) {
            assertThat(other.orderByIdempotencyKey(key)).isEmpty();
        }
    }

    @Test
    void orderByIdWithItsEtagAnswersNotModified() {
        OrderRequest request = sandbox.validOrder();
        Order placed = customer.placeOrder(request, UUID.randomUUID());

        Conditional<Order> first = customer.order(placed.id(), null);
        Conditional<Order> second = customer.order(placed.id(), first.etag());

        assertThat(customer.order(placed.id()).id()).isEqualTo(placed.id());
        assertThat(first.value().id()).isEqualTo(placed.id());
        assertThat(second).isEqualTo(new Conditional<Order>(null, first.etag(), true));
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        OrderRequest request = sandbox.validOrder();
        Order placed = customer.placeOrder(request, UUID.randomUUID());

        try (ApiClient other = sandbox.client(OTHER_CUSTOMER_TOKEN)) {
            assertThatThrownBy(() -> other.order(placed.id()))
                    .isInstanceOfSatisfying(NotFoundException.class, p -> assertThat(p.status()).isEqualTo(404));
            assertThat(other.orders(null, null)).isEmpty();
        }
    }

    @Test
    void anOrderIdWithSpecialCharactersStaysOnePathSegment() {
        assertThatThrownBy(() -> customer.order("../catalog")).isInstanceOf(NotFoundException.class);
    }
}
