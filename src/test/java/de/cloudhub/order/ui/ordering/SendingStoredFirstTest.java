package de.cloudhub.order.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.SavingDrafts;
import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.ordering.OrderSubmission.Phase;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.SessionServices;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The press hands SENDING to the store, and the order goes out only once that write is committed: a crash
 * right after the press leaves a draft whose outcome is unknown (looked up by its key), never a plain draft.
 */
class SendingStoredFirstTest {
    private final CheckoutSandbox sandbox = new CheckoutSandbox();
    private final ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN, 2);
    private final List<DraftState> committed = new CopyOnWriteArrayList<>();
    private final AtomicInteger ordersWhenSendingCommitted = new AtomicInteger(-1);

    @AfterEach
    void tearDown() {
        api.close();
        sandbox.close();
    }

    /** A store whose commit of SENDING is slow: it commits after the order reached the server, or after 1 s. */
    private CompletableFuture<Void> slowSending(DraftRecord draft) {
        if (draft.state() != DraftState.SENDING) {
            committed.add(draft.state());
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                Wait.until("the order on the server", Duration.ofSeconds(1), () -> sandbox.ordersOnServer() > 0);
            } catch (RuntimeException | AssertionError notSentMeanwhile) {
                // the order waited for this write, as it must
            }
            ordersWhenSendingCommitted.set(sandbox.ordersOnServer());
            committed.add(DraftState.SENDING);
        });
    }

    @Test
    void theOrderGoesOutOnlyOnceTheSendingStateIsCommitted() {
        try (UiThreadTaskRunner tasks = new UiThreadTaskRunner()) {
            UiThread ui = tasks.ui();
            SummaryViewModel vm = ui.call(() -> {
                OrderState state = sandbox.filledState(api);
                OrderSession session = new OrderSession(new SessionServices(api, tasks, url -> { }, sandbox.billing,
                        OrderOutcomes.IGNORED, Runnable::run), state, null, sandbox.navigator, Clock.systemUTC());
                session.autosaveTo(new SavingDrafts(this::slowSending));
                session.keep();
                SummaryViewModel summary = new SummaryViewModel(session);
                summary.onEnter();
                state.termsAcceptedProperty().set(true);
                return summary;
            });

            ui.run(vm::placeOrder);

            ui.until("the order placed", Duration.ofSeconds(10), () -> vm.submission().getPhase() == Phase.PLACED);
            assertThat(ordersWhenSendingCommitted.get()).as("orders on the server when SENDING was committed").isZero();
            assertThat(sandbox.ordersOnServer()).isEqualTo(1);
            assertThat(committed).containsSubsequence(DraftState.SENDING, DraftState.ORDERED);
        }
    }

    @Test
    void aLookupThatFindsNothingWhileTheSendIsOutLeavesTheDraftSending() {
        try (UiThreadTaskRunner tasks = new UiThreadTaskRunner()) {
            UiThread ui = tasks.ui();
            OrderSession session = ui.call(() -> {
                OrderState state = sandbox.filledState(api);
                OrderSession s = new OrderSession(new SessionServices(api, tasks, url -> { }, sandbox.billing,
                        OrderOutcomes.IGNORED, Runnable::run), state, null, sandbox.navigator, Clock.systemUTC());
                s.autosaveTo(new SavingDrafts(this::slowSending));
                s.keep();
                state.termsAcceptedProperty().set(true);
                return s;
            });
            SummaryViewModel vm = ui.call(() -> {
                SummaryViewModel summary = new SummaryViewModel(session);
                summary.onEnter();
                return summary;
            });

            ui.run(vm::placeOrder);
            // the key's lookup (after a catalog refresh, say) runs before the server has the order
            ui.run(() -> session.outcomeFound(null));

            assertThat(ui.call(session::getDraftState)).isEqualTo(DraftState.SENDING);
            ui.until("the order placed", Duration.ofSeconds(10), () -> vm.submission().getPhase() == Phase.PLACED);
            assertThat(committed).containsSubsequence(DraftState.SENDING, DraftState.ORDERED);
            assertThat(committed.subList(committed.indexOf(DraftState.SENDING), committed.size()))
                    .as("what was stored from the press on").doesNotContain(DraftState.DRAFT);
            assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        }
    }
}
