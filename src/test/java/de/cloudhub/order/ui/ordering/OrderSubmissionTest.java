package de.cloudhub.order.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.ordering.OrderSubmission.Phase;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The order button's behaviour against a real sandbox over loopback, without the toolkit. */
class OrderSubmissionTest extends SummaryCheckoutTestBase {
    private static final I18n EN = new I18n(Locale.ENGLISH);

    OrderSubmissionTest() {
        super(2, true);
    }

    @Test
    void doublePressWhileInFlightPlacesExactlyOneOrder() {
        try (UiThreadTaskRunner tasks = new UiThreadTaskRunner()) {
            UiThread ui = tasks.ui();
            SummaryViewModel async = ui.call(() -> new SummaryViewModel(sandbox.context(state, api, tasks)));
            sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":400");
            ui.run(() -> {
                async.placeOrder();
                assertThat(async.isOrderEnabled()).isFalse();
                async.placeOrder();
            });
            ui.until("the order placed", Duration.ofSeconds(10), () -> !sandbox.placed.isEmpty());
            ui.run(async::placeOrder);
            ui.run(() -> assertThat(sandbox.placed).hasSize(1));
        }
        assertThat(sandbox.faultsWaiting()).as("the delay fault was served").isZero();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void connectionDroppedAfterTheOrderWasStoredStillLeavesOneOrder() {
        sandbox.fault("POST", "/orders", "close-after-store", 1, "");
        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void noAnswerAtAllOffersRetryAndTheRetryUsesTheSameKey() {
        sandbox.fault("POST", "/orders", "close-after-store", 2, "");
        vm.placeOrder();
        assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
        assertThat(vm.submission().getNotice()).isEqualTo(Notice.of(OrderSubmission.UNCERTAIN, Notice.Kind.WARNING,
                FailureMessage.of(ApiFailure.UNREACHABLE)));
        String key = state.idempotencyKeyProperty().get();
        assertThat(key).isNotNull();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);

        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.placed.get(0).request().nodeSize()).isEqualTo("a4-16");
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(state.idempotencyKeyProperty().get()).isNull();
    }

    @Test
    void aRateLimitedOrderSaysItWasRateLimitedAndHowLongToWait() {
        sandbox.fault("POST", "/orders", "http-429", 2, "\"retryAfterSeconds\":1");

        vm.placeOrder();

        assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
        assertThat(NoticeText.text(vm.submission().getNotice(), EN))
                .startsWith("The server is receiving too many requests and asked the app to slow down. "
                        + "Wait one second, then try again.")
                .contains("same order key");
        assertThat(sandbox.state().path("faults").size()).as("both tries met the fault").isZero();
    }

    @Test
    void aServerFaultOnEveryTrySaysTheServerRanIntoAnError() {
        sandbox.fault("POST", "/orders", "http-500", 2, "");

        vm.placeOrder();

        assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
        assertThat(NoticeText.text(vm.submission().getNotice(), EN)).startsWith("The server ran into an error.");
        assertThat(sandbox.state().path("faults").size()).as("both tries met the fault").isZero();
    }

    @Test
    void anOrderFromATokenTheServerDoesNotKnowIsRefusedWithTheSignInSentence() {
        try (ApiClient signedOut = sandbox.client("expired-token", 1)) {
            SummaryViewModel refused = new SummaryViewModel(sandbox.context(state, signedOut));
            refused.onEnter();
            state.termsAcceptedProperty().set(true);

            refused.placeOrder();

            assertThat(refused.submission().getPhase()).isEqualTo(Phase.REFUSED);
            assertThat(NoticeText.text(refused.submission().getNotice(), EN))
                    .startsWith("The order was not accepted. The server did not accept your sign-in")
                    .doesNotContain("HTTP", "401");
        }
    }

    @Test
    void keepForLaterHandsOverTheDraftWithItsKey() {
        sandbox.fault("POST", "/orders", "close-before-store", 2, "");
        vm.placeOrder();
        String key = state.idempotencyKeyProperty().get();
        vm.keepForLater();
        assertThat(sandbox.kept).hasSize(1);
        assertThat(sandbox.kept.get(0).getIdempotencyKey()).isEqualTo(key);
        assertThat(sandbox.kept.get(0).getNodeSize()).isEqualTo("a4-16");
        assertThat(sandbox.ordersOnServer()).isZero();
    }

    @Test
    void priceChangeBringsTheNewPriceAndKeepsTheInput() {
        BigDecimal before = state.getPrice().map(PriceQuote::net).orElseThrow();
        sandbox.control("{\"prices\":{\"nodeSizes\":{\"a4-16\":\"999.00\"}}}");
        vm.placeOrder();

        assertThat(vm.submission().getPhase()).isEqualTo(Phase.REFUSED);
        BigDecimal now = state.getPrice().map(PriceQuote::net).orElseThrow();
        assertThat(now).isGreaterThan(before);
        Notice notice = vm.submission().getNotice();
        assertThat(notice.key()).isEqualTo("checkout.notice.price-changed");
        assertThat(notice.arguments()).extracting(a -> ((Money) a).amount()).containsExactly(before, now);
        assertThat(state.quotedMonthlyNetProperty().get()).isNull();
        assertThat(state.nodeSizeProperty().get()).isEqualTo("a4-16");
        assertThat(state.trustedSources()).hasSize(1);
        assertThat(sandbox.navigator.wentTo).containsExactly(StepId.SUMMARY);
        assertThat(sandbox.ordersOnServer()).isZero();
    }

    @Test
    void orderingAgainAfterAPriceChangeUsesANewKeyAndTheNewPrice() {
        sandbox.control("{\"prices\":{\"nodeSizes\":{\"a4-16\":\"999.00\"}}}");
        vm.placeOrder();
        String refusedKey = state.idempotencyKeyProperty().get();
        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.placed.get(0).monthlyNet()).isEqualByComparingTo(
                sandbox.placed.get(0).request().quotedMonthlyNet());
        assertThat(refusedKey).isNotNull();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void fieldRefusalGoesToThePageOfTheFieldAndMarksIt() {
        state.billingProfileIdProperty().set("bp-unknown-9");
        vm.placeOrder();
        assertThat(vm.submission().getPhase()).isEqualTo(Phase.REFUSED);
        assertThat(sandbox.navigator.wentTo).containsExactly(StepId.BILLING);
        assertThat(state.serverProblems()).extracting(p -> p.field()).containsExactly("billing.profileId");
        assertThat(vm.isOrderEnabled()).isFalse();
        assertThat(state.regionProperty().get()).isNotNull();
    }

    @Test
    void editingTheRefusedFieldClearsTheServerProblem() {
        state.billingProfileIdProperty().set("bp-unknown-9");
        vm.placeOrder();
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);
        assertThat(state.serverProblems()).isEmpty();
        assertThat(vm.isOrderEnabled()).isTrue();
    }

    @Test
    void aChangedOrderAfterARefusalGetsANewKey() {
        state.billingProfileIdProperty().set("bp-unknown-9");
        vm.placeOrder();
        String first = state.idempotencyKeyProperty().get();
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);
        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);
        assertThat(first).isNotNull();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void anUnchangedOrderAfterARefusalKeepsItsKey() {
        state.billingProfileIdProperty().set("bp-unknown-9");
        vm.placeOrder();
        String first = state.idempotencyKeyProperty().get();
        state.serverProblems().clear();
        vm.placeOrder();
        assertThat(state.idempotencyKeyProperty().get()).isEqualTo(first);
    }

    @Test
    void changedTermsUntickTheCheckboxAndReloadTheTerms() {
        String old = state.termsProperty().get().version();
        sandbox.control("{\"termsVersion\":\"2099-01\"}");
        vm.placeOrder();
        assertThat(state.termsProperty().get().version()).isEqualTo("2099-01").isNotEqualTo(old);
        assertThat(state.termsAcceptedProperty().get()).isFalse();
        assertThat(vm.submission().getNotice().key()).isEqualTo("checkout.notice.terms-changed");
        assertThat(vm.isOrderEnabled()).isFalse();
        state.termsAcceptedProperty().set(true);
        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);
    }
    @Test
    void aChangedOrderAfterAnUncertainOutcomeFindsTheEarlierOrderInsteadOfPlacingASecond() {
        sandbox.fault("POST", "/orders", "close-after-store", 2, "");
        vm.placeOrder();
        assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
        state.storageGbProperty().set(state.storageGbProperty().get() + 50);

        vm.placeOrder();
        vm.placeOrder();

        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(sandbox.earlier).hasSize(1);
        assertThat(vm.submission().getNotice().key()).isEqualTo("checkout.notice.earlier-order-placed");
        assertThat(vm.submission().getNotice().arguments()).containsExactly(sandbox.earlier.get(0).id());
        assertThat(state.storageGbProperty().get()).isEqualTo(sandbox.earlier.get(0).request().storageGb() + 50);
    }

    @Test
    void discardingAfterAnUncertainOutcomeKeepsTheKeySoTheSameOrderIsNotPlacedTwice() {
        sandbox.fault("POST", "/orders", "close-after-store", 2, "");
        vm.placeOrder();
        String key = state.idempotencyKeyProperty().get();

        state.clearChoices();
        OrderState again = sandbox.filledState(api);
        state.loadDraft(withKey(again, state.idempotencyKeyProperty().get()));
        state.termsAcceptedProperty().set(true);
        vm.placeOrder();

        assertThat(key).isNotNull();
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    private static de.cloudhub.order.model.OrderDraft withKey(OrderState filled, String key) {
        de.cloudhub.order.model.OrderDraft d = filled.toDraft();
        d.setIdempotencyKey(key);
        return d;
    }
    @Test
    void aKeptOrderRestoredAfterARestartFindsItsEarlierOrderWhenTheTermsChangedMeanwhile() {
        sandbox.fault("POST", "/orders", "close-after-store", 2, "");
        vm.placeOrder();
        vm.keepForLater();
        sandbox.control("{\"termsVersion\":\"2099-01\"}");

        OrderState restarted = sandbox.loadedState(api);
        SummaryViewModel afterRestart = new SummaryViewModel(sandbox.context(restarted, api));
        restarted.loadDraft(sandbox.kept.get(0));
        restarted.termsAcceptedProperty().set(true);
        afterRestart.placeOrder();
        afterRestart.placeOrder();

        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(sandbox.earlier).hasSize(1);
        assertThat(afterRestart.submission().getNotice().key()).isEqualTo(OrderSubmission.EARLIER_ORDER);
    }

    @Test
    void aKeptOrderEditedBeforeKeepingFindsItsEarlierOrderByItsKeyInsteadOfPlacingASecond() {
        sandbox.fault("POST", "/orders", "close-after-store", 2, "");
        vm.placeOrder();
        state.referenceProperty().set("PO-edited");
        vm.keepForLater();

        OrderState restarted = sandbox.loadedState(api);
        SummaryViewModel afterRestart = new SummaryViewModel(sandbox.context(restarted, api));
        restarted.loadDraft(sandbox.kept.get(0));
        restarted.termsAcceptedProperty().set(true);
        afterRestart.placeOrder();
        afterRestart.placeOrder();

        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(sandbox.earlier).extracting(o -> o.request().reference()).containsExactly("PO-4711");
        assertThat(afterRestart.submission().getNotice().key()).isEqualTo(OrderSubmission.EARLIER_ORDER);
        assertThat(afterRestart.submission().getNotice().arguments()).containsExactly(sandbox.earlier.get(0).id());
        assertThat(restarted.referenceProperty().get()).isEqualTo("PO-edited");
    }

    @Test
    void aFailedLookupOfTheKeysOrderKeepsTheKeySoNoSecondOrderIsPlaced() {
        sandbox.fault("POST", "/orders", "close-after-store", 2, "");
        vm.placeOrder();
        String key = state.idempotencyKeyProperty().get();
        state.referenceProperty().set("PO-edited");
        sandbox.fault("GET", "/orders", "http-500", 2, "");

        vm.placeOrder();

        assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
        assertThat(state.idempotencyKeyProperty().get()).isEqualTo(key);
        assertThat(state.orderMayExistProperty().get()).isTrue();
        vm.placeOrder();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(sandbox.earlier).hasSize(1);
        assertThat(vm.submission().getNotice().key()).isEqualTo(OrderSubmission.EARLIER_ORDER);
    }
}
