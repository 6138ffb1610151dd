package de.cloudhub.order.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.ordering.OrderSubmission.Phase;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the client sends the same order again after no final answer, the user is told so, against a
 * real sandbox: the notices are recorded as they change over time.
 */
class OrderSubmissionResendTest {
    private static final String SENDING = "checkout.notice.sending";
    private static final String RESENDING_NO_ANSWER = "checkout.notice.resending.no-answer";
    private static final String RESENDING_STILL_PROCESSING = "checkout.notice.resending.still-processing";
    private static final String PLACED = "checkout.notice.placed";

    private CheckoutSandbox sandbox;
    private final List<ApiClient> clients = new ArrayList<>();

    @BeforeEach
    void startSandbox() {
        sandbox = new CheckoutSandbox();
    }

    @AfterEach
    void tearDown() {
        clients.forEach(ApiClient::close);
        sandbox.close();
    }

    @Test
    void aDroppedConnectionShowsTheResendWithItsAttemptAndPlacesTheOrderOnce() {
        ApiClient api = client(4);
        SummaryViewModel vm = readyToOrder(api, new DirectTaskRunner());
        List<Notice> seen = record(vm);
        sandbox.fault("POST", "/orders", "close-after-store", 1, "");

        vm.placeOrder();

        assertThat(seen).extracting(Notice::key).containsExactly(SENDING, RESENDING_NO_ANSWER, PLACED);
        assertThat(seen.get(1).kind()).isEqualTo(Notice.Kind.PROGRESS);
        assertThat(seen.get(1).arguments()).containsExactly(2, 4);
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void theResendNoticeIsSetOnTheUiThreadWhileTheOrderIsStillInFlight() {
        ApiClient api = client(3);
        List<String> resendSeen = new CopyOnWriteArrayList<>();
        try (UiThreadTaskRunner tasks = new UiThreadTaskRunner()) {
            SummaryViewModel vm = tasks.ui().call(() -> readyToOrder(api, tasks));
            tasks.ui().run(() -> vm.noticeProperty().addListener((o, was, now) -> {
                if (now != null && now.key().equals(RESENDING_NO_ANSWER)) {
                    resendSeen.add(Thread.currentThread().getName() + " inFlight=" + vm.inFlightProperty().get());
                }
            }));
            sandbox.fault("POST", "/orders", "close-after-store", 1, "");

            tasks.ui().run(vm::placeOrder);
            tasks.ui().until("the order placed", Duration.ofSeconds(10),
                    () -> vm.submission().getPhase() == Phase.PLACED);
        }
        assertThat(resendSeen).containsExactly("test-ui inFlight=true");
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void aFirstRequestStillRunningOnTheServerIsShownAsStillProcessing() {
        ApiClient api = closing(sandbox.client(SandboxDemo.CUSTOMER_TOKEN, 12, Duration.ofMillis(300),
                Duration.ofMillis(150)));
        SummaryViewModel vm = readyToOrder(api, new DirectTaskRunner());
        List<Notice> seen = record(vm);
        sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":900");

        vm.placeOrder();

        assertThat(seen).extracting(Notice::key).startsWith(SENDING, RESENDING_NO_ANSWER).endsWith(PLACED)
                .contains(RESENDING_STILL_PROCESSING);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void everyTryWithoutAnAnswerEndsUncertainAfterShowingTheResends() {
        ApiClient api = client(3);
        SummaryViewModel vm = readyToOrder(api, new DirectTaskRunner());
        List<Notice> seen = record(vm);
        sandbox.fault("POST", "/orders", "close-after-store", 3, "");

        vm.placeOrder();

        assertThat(seen).extracting(Notice::key)
                .containsExactly(SENDING, RESENDING_NO_ANSWER, RESENDING_NO_ANSWER, OrderSubmission.UNCERTAIN);
        assertThat(seen.subList(1, 3)).extracting(Notice::arguments).containsExactly(List.of(2, 3), List.of(3, 3));
        assertThat(vm.submission().getPhase()).isEqualTo(Phase.UNCERTAIN);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void aResendReportArrivingAfterTheOutcomeDoesNotOverwriteIt() {
        ApiClient api = client(3);
        HeldUiTasks tasks = new HeldUiTasks();
        SummaryViewModel vm = readyToOrder(api, tasks);
        sandbox.fault("POST", "/orders", "close-after-store", 1, "");

        vm.placeOrder();
        assertThat(tasks.held).hasSize(1);
        tasks.held.forEach(Runnable::run);

        assertThat(vm.submission().getNotice().key()).isEqualTo(PLACED);
        assertThat(sandbox.placed).hasSize(1);
    }

    private ApiClient client(int attempts) {
        return closing(sandbox.client(SandboxDemo.CUSTOMER_TOKEN, attempts));
    }

    private ApiClient closing(ApiClient client) {
        clients.add(client);
        return client;
    }

    private SummaryViewModel readyToOrder(ApiClient api, TaskRunner tasks) {
        OrderState state = sandbox.filledState(api);
        SummaryViewModel vm = new SummaryViewModel(sandbox.context(state, api, tasks));
        vm.onEnter();
        state.termsAcceptedProperty().set(true);
        return vm;
    }

    private static List<Notice> record(SummaryViewModel vm) {
        List<Notice> seen = new CopyOnWriteArrayList<>();
        vm.noticeProperty().addListener((o, was, now) -> {
            if (now != null) {
                seen.add(now);
            }
        });
        return seen;
    }

    /** Runs work and results at once but holds UI-thread hops, as if the FX thread were busy until the outcome. */
    private static final class HeldUiTasks implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();
        private final DirectTaskRunner direct = new DirectTaskRunner();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            direct.run(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable action) {
            held.add(action);
        }
    }
}
