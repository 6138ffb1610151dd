package de.cloudhub.order.ui.wizard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillingViewModelTest {
    private CheckoutSandbox sandbox;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        sandbox = new CheckoutSandbox();
    }

    @AfterEach
    void tearDown() {
        if (api != null) {
            api.close();
        }
        sandbox.close();
    }

    private BillingViewModel customerPage(OrderState state) {
        BillingViewModel vm = new BillingViewModel(state, api, sandbox.billing, new de.cloudhub.order.ui.common.DirectTaskRunner());
        vm.onEnter();
        return vm;
    }

    private OrderState customerState() {
        api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        OrderState state = sandbox.filledState(api);
        state.billingProfileIdProperty().set(null);
        return state;
    }

    @Test
    void customerSeesTheirProfilesAndChoosesOne() {
        OrderState state = customerState();
        BillingViewModel vm = customerPage(state);
        assertThat(vm.salesProperty().get()).isFalse();
        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(vm.profiles()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.validProperty().get()).isFalse();

        BillingProfile chosen = vm.profiles().get(1);
        vm.selectProfile(chosen);
        assertThat(state.billingProfileIdProperty().get()).isEqualTo(chosen.id());
        assertThat(vm.selectedProfileProperty().get()).isEqualTo(chosen);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void failedProfileLoadCanBeRetried() {
        OrderState state = customerState();
        sandbox.fault("GET", "/customers/" + state.customerIdProperty().get() + "/billing-profiles", "http-500", 3, "");
        BillingViewModel vm = customerPage(state);
        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.FAILED);
        vm.loadProfiles();
        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(vm.profiles()).isNotEmpty();
    }

    @Test
    void aFailedProfileLoadSaysWhyWithTheFailureTable() {
        OrderState state = customerState();
        sandbox.fault("GET", "/customers/" + state.customerIdProperty().get() + "/billing-profiles", "http-429", 3,
                "\"retryAfterSeconds\":4");

        BillingViewModel vm = customerPage(state);

        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(vm.getProfilesFailure()).isEqualTo(new FailureMessage(ApiFailure.RATE_LIMITED, Duration.ofSeconds(4)));
    }

    @Test
    void newProfileShowsBadPostalCodeAndVatIdAtTheirFields() {
        OrderState state = customerState();
        BillingViewModel vm = customerPage(state);
        vm.setMode(BillingMode.NEW);
        vm.input("company").set("Beispiel AG");
        vm.input("street").set("Hafenstraße 1");
        vm.input("postalCode").set("2045");
        vm.input("city").set("Hamburg");
        vm.input("email").set("rechnung@beispiel.de");
        vm.input("vatId").set("DE12345");

        assertThat(vm.problemProperty("billing.newProfile.postalCode").get()).isNotNull();
        assertThat(vm.problemProperty("billing.newProfile.vatId").get()).isNotNull();
        assertThat(vm.problemProperty("billing.newProfile.company").get()).isNull();
        assertThat(vm.validProperty().get()).isFalse();

        vm.input("postalCode").set("20457");
        vm.input("vatId").set("DE123456789");
        assertThat(vm.problemProperty("billing.newProfile.postalCode").get()).isNull();
        assertThat(vm.problemProperty("billing.newProfile.vatId").get()).isNull();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void untouchedEmptyFieldsShowNoErrorYetButBlockTheStep() {
        OrderState state = customerState();
        BillingViewModel vm = customerPage(state);
        vm.setMode(BillingMode.NEW);
        assertThat(vm.problemProperty("billing.newProfile.company").get()).isNull();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().field()).startsWith("billing.newProfile.");
    }

    @Test
    void referenceLongerThan80CharactersIsRefused() {
        OrderState state = customerState();
        BillingViewModel vm = customerPage(state);
        vm.selectProfile(vm.profiles().get(0));
        state.referenceProperty().set("P".repeat(81));
        assertThat(vm.problemProperty("reference").get()).isNotNull();
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void aBillingProfileTheCustomerCannotUseIsLeftOutWithANotice() {
        OrderState state = customerState();
        state.billingProfileIdProperty().set("bp-of-someone-else");

        BillingViewModel vm = customerPage(state);

        assertThat(state.billingProfileIdProperty().get()).isNull();
        assertThat(vm.leftOut()).extracting(n -> n.key(), n -> n.arguments())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout.billing.left-out.profile",
                        java.util.List.of("bp-of-someone-else")));
        assertThat(vm.blockingProblemProperty().get().field()).startsWith("billing");

        vm.selectProfile(vm.profiles().get(0));
        assertThat(vm.leftOut()).isEmpty();
    }

    @Test
    void aCustomerTheSalesAccountCannotUseIsLeftOutWithANotice() {
        api = sandbox.client(SandboxDemo.SALES_TOKEN);
        OrderState state = sandbox.loadedState(api);
        state.customerIdProperty().set("c-nobody");
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);

        BillingViewModel vm = customerPage(state);

        assertThat(state.customerIdProperty().get()).isNull();
        assertThat(state.billingProfileIdProperty().get()).isNull();
        // the customer is told where sales choose it, the profile that went with it here
        assertThat(state.leftOut(StepId.CUSTOMER)).extracting(n -> n.key(), n -> n.arguments())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout.billing.left-out.customer",
                        java.util.List.of("c-nobody")));
        assertThat(vm.leftOut()).extracting(n -> n.key()).containsExactly("checkout.billing.left-out.profile");
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("customerId");
    }

    @Test
    void aProfileOfTheCustomerStaysChosenWithoutANotice() {
        OrderState state = customerState();
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);

        BillingViewModel vm = customerPage(state);

        assertThat(state.billingProfileIdProperty().get()).isEqualTo(SandboxDemo.PROFILE_ID);
        assertThat(vm.leftOut()).isEmpty();
    }
}
