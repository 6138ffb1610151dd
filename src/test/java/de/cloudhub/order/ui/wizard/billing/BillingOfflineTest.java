package de.cloudhub.order.ui.wizard.billing;

import de.cloudhub.order.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.drafts.StoredBillingCache;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The billing page without a connection (issue 8, section 4): what was seen before serves the page at once,
 * marked with when it was seen; what was never seen says that it needs a connection. Real sandbox on loopback
 * for what is seen online, loopback port 9 (nothing answers) for the offline sessions.
 */
class BillingOfflineTest {
    private static final Instant SEEN = Instant.parse("2026-11-28T16:40:00Z");

    @TempDir
    Path dataDir;
    private CheckoutSandbox sandbox;
    private ApiClient online;
    private final ApiClient unreachable = PageHarness.unreachableApi();
    private final BillingCache memory = new MemoryBillingCache(Clock.fixed(SEEN, ZoneOffset.UTC));

    @BeforeEach
    void setUp() {
        sandbox = new CheckoutSandbox();
    }

    @AfterEach
    void tearDown() {
        if (online != null) {
            online.close();
        }
        unreachable.close();
        sandbox.close();
    }

    private static BillingViewModel enter(OrderState state, ApiClient api, BillingCache cache) {
        BillingViewModel vm = new BillingViewModel(state, api, cache, new DirectTaskRunner());
        vm.onEnter();
        return vm;
    }

    /** A customer's order with everything but the billing profile, its context as the app keeps it. */
    private OrderState customerOrder() {
        online = online != null ? online : sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        OrderState state = sandbox.filledState(online);
        state.billingProfileIdProperty().set(null);
        return state;
    }

    @Test
    void profilesSeenOnlineAreShownAfterARestartWithoutAConnectionMarkedWithWhenTheyWereSeen() {
        List<BillingProfile> seenOnline;
        try (LocalStore store = LocalStore.open(dataDir)) {
            BillingViewModel first = enter(customerOrder(), online,
                    store.account(TestAccounts.A).billingCache(Clock.fixed(SEEN, ZoneOffset.UTC)));
            assertThat(first.profilesLoadProperty().get()).isEqualTo(LoadState.LOADED);
            assertThat(first.profilesSeenAtProperty().get()).isNull();
            seenOnline = List.copyOf(first.profiles());
        }

        try (LocalStore store = LocalStore.open(dataDir)) {
            OrderState state = customerOrder();
            BillingViewModel offline = enter(state, unreachable,
                    store.account(TestAccounts.A).billingCache(Clock.systemUTC()));

            assertThat(offline.profilesLoadProperty().get()).isEqualTo(LoadState.LAST_SEEN);
            assertThat(offline.profiles()).containsExactlyElementsOf(seenOnline).hasSizeGreaterThanOrEqualTo(2);
            assertThat(offline.profilesSeenAtProperty().get()).isEqualTo(SEEN);
            assertThat(offline.getProfilesFailure().kind()).isEqualTo(ApiFailure.UNREACHABLE);

            BillingProfile chosen = offline.profiles().get(1);
            offline.selectProfile(chosen);
            assertThat(offline.selectedProfileProperty().get()).isEqualTo(chosen);
            assertThat(state.billingProfileProperty().get()).isEqualTo(chosen);
            assertThat(offline.validProperty().get()).isTrue();
        }
    }

    @Test
    void profilesNeverSeenSayTheyNeedAConnectionAndANewProfileCanStillBeTyped() {
        OrderState state = customerOrder();
        BillingViewModel vm = enter(state, unreachable, memory);

        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.NEEDS_CONNECTION);
        assertThat(vm.profiles()).isEmpty();
        assertThat(vm.profilesSeenAtProperty().get()).isNull();

        vm.setMode(BillingMode.NEW);
        vm.input("company").set("Beispiel AG");
        vm.input("street").set("Hafenstraße 1");
        vm.input("postalCode").set("20457");
        vm.input("city").set("Hamburg");
        vm.input("email").set("rechnung@beispiel.de");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void whenTheAppKnowsItIsOfflineTheKeptProfilesAreShownWithoutAskingAndReloadedWhenTheConnectionIsBack() {
        enter(customerOrder(), online, memory);
        OrderState state = customerOrder();
        state.onlineProperty().set(false);

        // the server is up: a page that asked it would show LOADED
        BillingViewModel vm = enter(state, online, memory);
        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.LAST_SEEN);
        assertThat(vm.profiles()).isNotEmpty();

        state.onlineProperty().set(true);
        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(vm.profilesSeenAtProperty().get()).isNull();
    }

    @Test
    void retryWithoutAConnectionKeepsTheKeptProfilesShown() {
        enter(customerOrder(), online, memory);
        BillingViewModel vm = enter(customerOrder(), unreachable, memory);
        List<BillingProfile> shown = List.copyOf(vm.profiles());

        vm.loadProfiles();

        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.LAST_SEEN);
        assertThat(vm.profiles()).containsExactlyElementsOf(shown);
    }

    @Test
    void aServerThatAnswersWithAFailureIsNoOfflineCase() {
        enter(customerOrder(), online, memory);
        OrderState state = customerOrder();
        sandbox.fault("GET", "/customers/" + state.customerIdProperty().get() + "/billing-profiles", "http-500", 3, "");

        BillingViewModel vm = enter(state, online, memory);

        assertThat(vm.profilesLoadProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(vm.getProfilesFailure().kind()).isEqualTo(ApiFailure.SERVER_ERROR);
        assertThat(vm.profiles()).isEmpty();
    }

    @Test
    void theSummaryShowsTheChosenProfileAsSeenBeforeWithoutAConnection() {
        enter(customerOrder(), online, memory);
        OrderState state = customerOrder();
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);

        SummaryViewModel summary = new SummaryViewModel(
                PageHarness.context(state, unreachable, new DirectTaskRunner(), memory));
        summary.onEnter();

        assertThat(state.billingProfileProperty().get()).isNotNull();
        assertThat(state.billingProfileProperty().get().id()).isEqualTo(SandboxDemo.PROFILE_ID);
        assertThat(summary.snapshotProperty().get().existingProfile().id()).isEqualTo(SandboxDemo.PROFILE_ID);
    }
}
