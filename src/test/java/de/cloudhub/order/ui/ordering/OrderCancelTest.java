package de.cloudhub.order.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.ordering.OrderSubmission.Phase;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import de.cloudhub.order.ui.common.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Stop sending" while a slow server holds the order: the person gets control back at once, the
 * Idempotency-Key stays (the order may exist), and sending again can never place a second order. The
 * view-model lives on one stand-in UI thread; the server is the sandbox, made slow by a delay fault.
 */
class OrderCancelTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private CheckoutSandbox.Checkout checkout;
    private CheckoutSandbox sandbox;
    private ApiClient api;
    private OrderState state;
    private UiThreadTaskRunner tasks;
    private final AtomicInteger running = new AtomicInteger();
    private SummaryViewModel vm;

    @BeforeEach
    void setUp() {
        checkout = CheckoutSandbox.checkout(2);
        sandbox = checkout.sandbox();
        api = checkout.api();
        state = checkout.state();
        tasks = new UiThreadTaskRunner();
        vm = tasks.ui().call(() -> {
            SummaryViewModel created = checkout.summary(counted(tasks));
            state.termsAcceptedProperty().set(true);
            return created;
        });
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        checkout.close();
    }

    /** {@code tasks}, counting the work still running, so a test can wait until every request has ended. */
    private TaskRunner counted(TaskRunner inner) {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                running.incrementAndGet();
                inner.run(work, result -> {
                    running.decrementAndGet();
                    onSuccess.accept(result);
                }, failure -> {
                    running.decrementAndGet();
                    onFailure.accept(failure);
                });
            }

            @Override
            public void onUiThread(Runnable action) {
                inner.onUiThread(action);
            }
        };
    }

    /**
     * Presses the order button while the server takes {@code millis} to answer, and returns the order key once
     * the request has reached the server (its delay fault fired): from then on the order is on its way, so
     * "Stop sending" can no longer keep it from arriving (a stop before that keeps it from going out at all).
     */
    private String pressWhileTheServerIsSlow(int millis) {
        sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":" + millis);
        String key = tasks.ui().call(() -> {
            vm.placeOrder();
            assertThat(vm.submission().getPhase()).isEqualTo(Phase.SENDING);
            return state.idempotencyKeyProperty().get();
        });
        Wait.until("the order at the server", WAIT, () -> sandbox.faultsWaiting() == 0);
        return key;
    }

    @Test
    void stoppingKeepsTheKeyAndSaysTheOrderMayHaveArrived() {
        String key = pressWhileTheServerIsSlow(2500);
        tasks.ui().run(() -> {
            vm.cancelSending();
            assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
            assertThat(vm.submission().isInFlight()).isFalse();
            assertThat(vm.submission().getNotice().key()).isEqualTo("checkout.notice.cancelled");
            assertThat(state.idempotencyKeyProperty().get()).isEqualTo(key);
            assertThat(state.orderMayExistProperty().get()).isTrue();
        });
        // let the stopped request end before the sandbox goes away
        tasks.ui().until("every request ended", WAIT, () -> running.get() == 0);
    }

    @Test
    void theOrderArrivingAfterStoppingIsStillTakenOnce() {
        pressWhileTheServerIsSlow(2500);
        tasks.ui().run(vm::cancelSending);
        tasks.ui().until("every request ended and the order placed", WAIT, () -> running.get() == 0 && vm.submission().getPhase() == Phase.PLACED);
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void sendingAgainAfterStoppingUsesTheSameKeyAndPlacesOneOrder() {
        String key = pressWhileTheServerIsSlow(2500);
        tasks.ui().run(() -> {
            vm.cancelSending();
            vm.placeOrder();
            assertThat(state.idempotencyKeyProperty().get()).isEqualTo(key);
        });
        // both requests (the stopped one and the new one) have ended and been delivered
        tasks.ui().until("every request ended and the order placed", WAIT, () -> running.get() == 0 && vm.submission().getPhase() == Phase.PLACED);
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void stoppingWhenNothingIsOnItsWayDoesNothing() {
        tasks.ui().run(() -> {
            vm.cancelSending();
            assertThat(vm.submission().getPhase()).isEqualTo(Phase.IDLE);
            assertThat(vm.submission().getNotice()).isNull();
        });
    }
}
