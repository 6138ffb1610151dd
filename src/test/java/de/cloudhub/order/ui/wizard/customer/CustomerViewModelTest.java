package de.cloudhub.order.ui.wizard.customer;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.billing.BillingViewModel;
import de.cloudhub.order.ui.wizard.billing.LoadState;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer step of sales staff (issue 10, section 4), against the sandbox on loopback: the customers the
 * API lists, the search, the billing that follows the customer, and what a change of the customer clears.
 */
class CustomerViewModelTest {
    private static final Instant SEEN = Instant.parse("2026-11-28T16:40:00Z");
    private final CheckoutSandbox sandbox = new CheckoutSandbox();
    private final BillingCache memory = new MemoryBillingCache(Clock.fixed(SEEN, ZoneOffset.UTC));
    private ApiClient api;
    private final ApiClient unreachable = PageHarness.unreachableApi();

    @AfterEach
    void tearDown() {
        if (api != null) {
            api.close();
        }
        unreachable.close();
        sandbox.close();
    }

    private CustomerViewModel enter(OrderState state, ApiClient client) {
        CustomerViewModel vm = new CustomerViewModel(state, client, memory, new DirectTaskRunner());
        vm.onEnter();
        return vm;
    }

    private OrderState salesState() {
        api = api != null ? api : sandbox.client(SandboxDemo.SALES_TOKEN);
        return sandbox.loadedState(api);
    }

    @Test
    void forSalesTheStepAppliesGatesTheOthersAndIsInvalidUntilACustomerIsChosen() {
        OrderState state = salesState();
        CustomerViewModel vm = enter(state, api);

        assertThat(vm.stepId()).isEqualTo(StepId.CUSTOMER);
        assertThat(vm.appliesProperty().get()).isTrue();
        assertThat(vm.gatesLaterSteps()).isTrue();
        assertThat(vm.loadProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(vm.customers()).extracting(CustomerRef::id).contains("c-1001", "c-1002");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().code()).isEqualTo("checkout.billing.customer-required");

        CustomerRef chosen = vm.customers().get(0);
        vm.select(chosen);
        assertThat(state.customerIdProperty().get()).isEqualTo(chosen.id());
        assertThat(vm.selectedProperty().get()).isEqualTo(chosen);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void forACustomerTheStepDoesNotExist() {
        api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        OrderState state = sandbox.loadedState(api);
        CustomerViewModel vm = enter(state, api);

        assertThat(vm.appliesProperty().get()).isFalse();
        assertThat(vm.validProperty().get()).isTrue();
        vm.select(new CustomerRef("c-1002", "K-2", "Someone else"));
        assertThat(state.customerIdProperty().get()).isEqualTo(api.me().customer().id());
    }

    @Test
    void theSearchFindsByNameAndByNumber() {
        CustomerViewModel vm = enter(salesState(), api);
        CustomerRef wanted = vm.customers().get(1);

        vm.queryProperty().set(wanted.name().substring(0, 4).toUpperCase());
        vm.search();
        assertThat(vm.customers()).contains(wanted).allMatch(c -> CustomerViewModel.matches(c, wanted.name().substring(0, 4)));

        vm.queryProperty().set(wanted.number());
        vm.search();
        assertThat(vm.customers()).containsExactly(wanted);
    }

    @Test
    void billingThenListsOnlyThatCustomersProfiles() {
        OrderState state = salesState();
        CustomerViewModel customers = enter(state, api);
        BillingViewModel billing = new BillingViewModel(state, api, memory, new DirectTaskRunner());
        CustomerRef first = customers.customers().stream().filter(c -> c.id().equals("c-1001")).findFirst().orElseThrow();

        customers.select(first);
        billing.onEnter();

        assertThat(billing.profilesLoadProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(billing.profiles()).isNotEmpty().allMatch(p -> p.id().startsWith("bp-1001-"));
        assertThat(billing.selectedCustomerProperty().get()).isEqualTo(first);
    }

    @Test
    void changingTheCustomerKeepsTheServiceAndClearsTheBillingChoiceWithANotice() {
        OrderState state = sandbox.filledState(api = sandbox.client(SandboxDemo.SALES_TOKEN));
        state.customerIdProperty().set("c-1001");
        CustomerViewModel customers = enter(state, api);
        BillingViewModel billing = new BillingViewModel(state, api, memory, new DirectTaskRunner());
        billing.onEnter();
        assertThat(state.billingProfileIdProperty().get()).isEqualTo(SandboxDemo.PROFILE_ID);
        assertThat(state.customerChangeNoticeProperty().get()).isNull();
        String service = state.serviceIdProperty().get();
        List<?> sources = List.copyOf(state.trustedSources());

        customers.select(customers.customers().stream().filter(c -> c.id().equals("c-1002")).findFirst().orElseThrow());

        assertThat(state.billingProfileIdProperty().get()).isNull();
        assertThat(state.billingModeProperty().get()).isEqualTo(BillingMode.EXISTING);
        assertThat(state.serviceIdProperty().get()).isEqualTo(service);
        assertThat(List.copyOf(state.trustedSources())).isEqualTo(sources);
        assertThat(state.regionProperty().get()).isNotNull();
        assertThat(customers.customerChangeNoticeProperty().get().code())
                .isEqualTo("checkout.billing.cleared-customer-changed");
        assertThat(billing.customerChangeNoticeProperty().get()).isEqualTo(customers.customerChangeNoticeProperty().get());
        assertThat(billing.profiles()).isNotEmpty().allMatch(p -> p.id().startsWith("bp-1002-"));

        billing.selectProfile(billing.profiles().get(0));
        assertThat(billing.customerChangeNoticeProperty().get()).isNull();
    }

    @Test
    void aNewProfileTypedForTheCustomerBeforeGoesWithTheChangeToo() {
        OrderState state = salesState();
        CustomerViewModel vm = enter(state, api);
        vm.select(vm.customers().get(0));
        state.billingModeProperty().set(BillingMode.NEW);
        state.companyProperty().set("Muster GmbH");
        state.emailProperty().set("rechnung@muster.example");
        state.termsAcceptedProperty().set(true);

        vm.select(vm.customers().get(1));

        assertThat(state.billingModeProperty().get()).isEqualTo(BillingMode.EXISTING);
        assertThat(state.companyProperty().get()).isEmpty();
        assertThat(state.emailProperty().get()).isEmpty();
        assertThat(state.termsAcceptedProperty().get()).as("the terms are accepted again for the new customer").isFalse();
        assertThat(vm.customerChangeNoticeProperty().get()).isNotNull();
    }

    @Test
    void aFirstChoiceOfTheCustomerClearsNothingAndTellsNothing() {
        OrderState state = salesState();
        CustomerViewModel vm = enter(state, api);
        vm.select(vm.customers().get(0));
        assertThat(state.customerChangeNoticeProperty().get()).isNull();
    }

    @Test
    void aDraftNamingOnlyTheCustomersIdFindsItsNameAndNumber() {
        OrderState state = salesState();
        state.customerIdProperty().set("c-1003");

        CustomerViewModel vm = new CustomerViewModel(state, api, memory, new DirectTaskRunner());

        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("c-1003");
        assertThat(vm.selectedProperty().get().number()).isNotBlank();
        assertThat(vm.selectedProperty().get().name()).isNotBlank();
    }

    @Test
    void withoutAConnectionTheSearchLooksThroughTheCustomersFoundBeforeAndSaysSo() {
        List<CustomerRef> found = List.copyOf(enter(salesState(), api).customers());

        CustomerViewModel offline = enter(salesState(), unreachable);
        assertThat(offline.loadProperty().get()).isEqualTo(LoadState.LAST_SEEN);
        assertThat(offline.seenAtProperty().get()).isEqualTo(SEEN);
        assertThat(offline.customers()).containsExactlyInAnyOrderElementsOf(found);

        CustomerRef wanted = found.get(0);
        offline.queryProperty().set(wanted.number());
        offline.search();
        assertThat(offline.customers()).contains(wanted).allMatch(c -> CustomerViewModel.matches(c, wanted.number()));

        offline.queryProperty().set("nobody-was-ever-called-this");
        offline.search();
        assertThat(offline.loadProperty().get()).isEqualTo(LoadState.LAST_SEEN);
        assertThat(offline.customers()).isEmpty();
    }

    @Test
    void withoutAConnectionAndNoCustomerEverFoundTheSearchSaysItNeedsOne() {
        CustomerViewModel vm = enter(salesState(), unreachable);

        assertThat(vm.loadProperty().get()).isEqualTo(LoadState.NEEDS_CONNECTION);
        assertThat(vm.customers()).isEmpty();
        assertThat(vm.seenAtProperty().get()).isNull();
    }

    @Test
    void aCustomerTheServerDoesNotKnowForThisAccountIsLeftOutWithANoticeOnThisPageAndItsProfileOnBilling() {
        OrderState state = salesState();
        state.customerIdProperty().set("c-nobody");
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);

        CustomerViewModel vm = enter(state, api);

        assertThat(state.customerIdProperty().get()).isNull();
        assertThat(vm.leftOut()).extracting(n -> n.key(), n -> n.arguments())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout.billing.left-out.customer",
                        List.of("c-nobody")));
        assertThat(state.leftOut(StepId.BILLING)).extracting(n -> n.key(), n -> n.arguments())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout.billing.left-out.profile",
                        List.of(SandboxDemo.PROFILE_ID)));

        vm.select(vm.customers().get(0));
        assertThat(vm.leftOut()).isEmpty();
    }

    @Test
    void withoutAConnectionACustomerNeverSeenIsKeptNotLeftOut() {
        OrderState state = salesState();
        state.onlineProperty().set(false);
        state.customerIdProperty().set("c-1004");

        CustomerViewModel vm = enter(state, unreachable);

        assertThat(state.customerIdProperty().get()).isEqualTo("c-1004");
        assertThat(vm.leftOut()).isEmpty();
    }
}
