package de.cloudhub.order.ui.main;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiException;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.ordering.OrderSubmission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the drafts whose send had no answer (the app died while sending, or the person stopped a send
 * that hung): each is looked up by its Idempotency-Key ({@code GET /orders?idempotencyKey=}). Found, the
 * draft is ordered; definitely not found, it is a draft again (sent again later under the same key, it
 * can still never make two orders). A lookup without a usable answer leaves the draft as it is, for the
 * next check. Run it whenever the server can be reached; it never blocks the start.
 */
public final class OutcomeCheck {
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeCheck.class);

    /** Receives each settled draft on the FX thread: with its order, or with null when there is none. */
    public interface Listener {
        void settled(DraftRecord draft, Order order);
    }

    private record Settled(DraftRecord draft, Order order) {
    }

    private final DraftRepository drafts;
    private final ApiClient api;
    private final TaskRunner tasks;
    private final Listener listener;
    private boolean running;

    public OutcomeCheck(DraftRepository drafts, ApiClient api, TaskRunner tasks, Listener listener) {
        this.drafts = Objects.requireNonNull(drafts);
        this.api = Objects.requireNonNull(api);
        this.tasks = Objects.requireNonNull(tasks);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Looks up every unsettled draft off the FX thread; call on the FX thread. */
    public void run() {
        if (running) {
            return;
        }
        running = true;
        tasks.run(this::lookUp, found -> {
            running = false;
            found.forEach(s -> listener.settled(s.draft(), s.order()));
        }, error -> {
            running = false;
            LOG.warn("Cannot check the drafts sent without an answer", error);
        });
    }

    private List<Settled> lookUp() {
        List<Settled> found = new ArrayList<>();
        // only the drafts sent without an answer are read, not all of them: this runs at every connection
        List<DraftRecord> sent = drafts.inStates(EnumSet.of(DraftState.SENDING, DraftState.OUTCOME_UNKNOWN)).join();
        for (DraftRecord draft : sent) {
            if (!isUnsettled(draft)) {
                continue;
            }
            try {
                Optional<Order> order = api.orderByIdempotencyKey(UUID.fromString(draft.idempotencyKey()));
                LOG.info("Draft {} sent without an answer: {}", draft.id(),
                        order.map(o -> "its order is " + o.id()).orElse("no order was placed"));
                found.add(new Settled(draft, order.orElse(null)));
            } catch (ApiException e) {
                LOG.info("Draft {} stays unsettled; the lookup failed: {}", draft.id(), e.getMessage());
            }
        }
        return found;
    }

    static boolean isUnsettled(DraftRecord draft) {
        return (draft.state() == DraftState.OUTCOME_UNKNOWN || draft.state() == DraftState.SENDING)
                && draft.idempotencyKey() != null && OrderSubmission.isUuid(draft.idempotencyKey());
    }
}
