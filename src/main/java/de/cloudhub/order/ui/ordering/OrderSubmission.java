package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.api.ApiProblemException;
import de.cloudhub.order.api.FieldError;
import de.cloudhub.order.api.PlaceOrderListener;
import de.cloudhub.order.api.PriceChangedException;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.model.StepId;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the order, once, and deals with every answer. Toolkit-free: plain properties, work through
 * the injected {@link de.cloudhub.order.ui.common.TaskRunner}; call it on the FX thread.
 *
 * <h2>The Idempotency-Key</h2>
 * The key names one attempt to place one order. It is created at the first press and kept in
 * {@link OrderState#idempotencyKeyProperty()} (so "keep for later" stores it with the draft), and it is
 * cleared only when the server has answered with the order.
 * <ul>
 *   <li>While no definite answer came (no response, an unreadable answer, 5xx, 429, 409 "still
 *   running") the server may hold an order for the key. Every later press and every retry uses
 *   the same key, whatever the user changed: the same body gets the one stored order back, a changed
 *   body gets 422 instead of a second order (reported as {@link #KEY_CONFLICT}).</li>
 *   <li>After a definite refusal (field problems, terms, {@code price-changed}, other 4xx) the server
 *   holds no order for the key. The next press keeps the key while the request body is identical
 *   (the server may have remembered the refusal under it) and takes a new key once the body changed —
 *   the same key with a different body would be refused with 422. A price change always changes the
 *   body, because {@code quotedMonthlyNet} is the price the user saw at the press.</li>
 *   <li>A key loaded from a draft kept for later counts as "no definite answer".</li>
 *   <li>When a changed order is refused because its key already holds an order, that order came from
 *   an earlier press without an answer (in this session, or before the order was kept for later, whatever
 *   was edited since). It is looked up by its key ({@code GET /orders?idempotencyKey=}) and handed to
 *   {@link OrderSession#earlierOrderFound}; the current input stays, the checkbox is cleared, and
 *   ordering it too takes a new key and a deliberate second press. Only when the lookup definitely finds
 *   nothing is the key given up, so that the next press places the changed order under a new key; when the
 *   lookup gets no usable answer the key stays and the outcome counts as uncertain.</li>
 *   <li>Ordering again after an uncertain outcome needs no lookup: the same key with the same body gets the
 *   stored order back, and with a changed body the refusal above leads to the lookup.</li>
 * </ul>
 * While the server may hold an order for the key, {@link OrderState#orderMayExistProperty()} is set,
 * so discarding the input keeps the key.
 *
 * <p>While the client sends the order again by itself (no answer, 5xx, 429, 409 "still running"), the
 * {@link #noticeProperty() notice} says why and which attempt it is; the report is handed to the UI
 * thread through {@link de.cloudhub.order.ui.common.TaskRunner#onUiThread(Runnable)}.
 */
public final class OrderSubmission {
    private static final Logger LOG = LoggerFactory.getLogger(OrderSubmission.class);
    /** How long an order waits for the store to commit its SENDING state before it goes out all the same. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(2);

    /** i18n key of the notice after the server reports the key was used for a different order. */
    public static final String KEY_CONFLICT = "checkout.notice.key-conflict";
    /** i18n key of the notice when no definite answer came: the order may exist; its argument is the failure. */
    public static final String UNCERTAIN = "checkout.notice.uncertain";
    /** i18n key of the notice after a definite refusal without field problems; its argument is the failure. */
    public static final String REFUSED = "checkout.notice.refused";
    /** {@link #REFUSED} with the server's own sentence as the second argument. */
    public static final String REFUSED_SAYING = "checkout.notice.refused.server-says";
    /** i18n key of the notice after an earlier press turned out to have placed the order. */
    public static final String EARLIER_ORDER = "checkout.notice.earlier-order-placed";

    public enum Phase {
        /** Nothing sent yet, or the last refusal was definite and has been shown. */
        IDLE,
        SENDING,
        /** No definite answer: the order may be stored; order again (same key) or keep for later. */
        UNCERTAIN,
        /** The server refused the order; the user changes it and orders again. */
        REFUSED,
        PLACED
    }

    private final OrderSession ctx;
    private final OrderState state;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    /** A request is out (the order, or the lookup of the order a key holds): the phase is SENDING. */
    private final ReadOnlyBooleanWrapper inFlight = new ReadOnlyBooleanWrapper(this, "inFlight");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Order> placedOrder = new ReadOnlyObjectWrapper<>(this, "placedOrder");

    /** The body last sent under the current key; null when none was sent in this session. */
    private OrderRequest sentRequest;
    /** True when the server definitely holds no order for the current key. */
    private boolean keyFree;
    /** Counts requests sent and cancels: an outcome whose number is no longer current arrived after a cancel. */
    private int generation;
    /** Set by "Stop sending" for the send in flight: one that still waits for its write then never goes out. */
    private AtomicBoolean stops;

    public OrderSubmission(OrderSession ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.state = Objects.requireNonNull(ctx.state());
        inFlight.bind(phase.isEqualTo(Phase.SENDING));
        ServerProblems.clearOnAnyEdit(state);
        OrderStateChanges.observe(state, () -> {
            if (phase.get() == Phase.PLACED) {
                phase.set(Phase.IDLE);
                notice.set(null);
            }
        });
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public Phase getPhase() { return phase.get(); }
    public ReadOnlyBooleanProperty inFlightProperty() { return inFlight.getReadOnlyProperty(); }
    public boolean isInFlight() { return inFlight.get(); }
    /** What the user should know about the last submission, or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public Notice getNotice() { return notice.get(); }
    public ReadOnlyObjectProperty<Order> placedOrderProperty() { return placedOrder.getReadOnlyProperty(); }

    /**
     * The order button: sends the order unless a request is already in flight or it was placed. After
     * an uncertain outcome the same press sends it again with the same key, so the server can only
     * ever hold one order; there is no separate "retry".
     */
    public void submit() {
        if (inFlight.get() || phase.get() == Phase.PLACED || !ctx.maySend()) {
            LOG.debug("Order press ignored (in flight, placed, or a draft that may not send)");
            return;
        }
        OrderRequest request = pressRequest();
        send(request, keyFor(request));
    }

    /** The body of a press now: the input, with the price the person sees as the quoted price. */
    private OrderRequest pressRequest() {
        state.quotedMonthlyNetProperty().set(state.getPrice().map(PriceQuote::net).orElse(null));
        return state.toDraft().toRequest();
    }

    /** The key {@code request} is sent under: the current one, or a new one (stored) by the rules above. */
    private String keyFor(OrderRequest request) {
        String key = state.idempotencyKeyProperty().get();
        if (key == null || !isUuid(key) || (keyFree && !request.equals(sentRequest))) {
            key = UUID.randomUUID().toString();
            state.idempotencyKeyProperty().set(key);
            LOG.info("New order key for this order");
        }
        return key;
    }

    /** A request as the order button would send it: the body and the Idempotency-Key. */
    public record Outgoing(OrderRequest request, UUID key) {
    }

    /**
     * "Export as API request": the request the order button would send now (terms as ticked, the price
     * shown as the quoted price) under the key that press would use — created and stored when the order
     * has none yet, exactly as at a press. Whoever runs the exported request may place the order under
     * this key at any moment, so from now on the key counts as sent without a definite answer: every
     * later press uses it, whatever was edited since (the same body gets that order back, a changed one
     * is refused for the key and the order it holds is looked up), and it is never swapped for a new key
     * the way a key is after a definite refusal. Empty while a request is in flight or the order was placed.
     */
    public Optional<Outgoing> prepareExport() {
        if (inFlight.get() || phase.get() == Phase.PLACED) {
            return Optional.empty();
        }
        OrderRequest request = pressRequest();
        String key = keyFor(request);
        sentRequest = request;
        keyFree = false;
        state.orderMayExistProperty().set(true);
        LOG.info("Order exported as an API request; its key is kept for every press from now on");
        return Optional.of(new Outgoing(request, UUID.fromString(key)));
    }

    /**
     * "Stop sending" while the order (or the lookup of the order its key holds) is on its way: the user
     * need not wait for the call's deadline. The key stays, because the server may already hold the order:
     * sending again gets that order back (or finds it by its key), never a second one. An answer that
     * arrives later with the order is still taken; a later failure is only logged.
     */
    public void cancel() {
        if (phase.get() != Phase.SENDING) {
            return;
        }
        generation++;
        if (stops != null) {
            stops.set(true);
        }
        LOG.info("Sending stopped by the user; the order key is kept");
        phase.set(Phase.UNCERTAIN);
        notice.set(Notice.of("checkout.notice.cancelled", Notice.Kind.WARNING));
    }

    /** "Keep for later": hands the order with its key to the local store; nothing is lost. */
    public void keepForLater() {
        ctx.keep();
        notice.set(Notice.of("checkout.notice.kept", Notice.Kind.INFO));
    }

    private void send(OrderRequest request, String key) {
        sentRequest = request;
        keyFree = false;
        state.orderMayExistProperty().set(true);
        phase.set(Phase.SENDING);
        notice.set(Notice.of("checkout.notice.sending", Notice.Kind.PROGRESS));
        UUID uuid = UUID.fromString(key);
        PlaceOrderListener progress = (attempt, maxAttempts, delay, reason) ->
                ctx.tasks().onUiThread(() -> resending(key, attempt, maxAttempts, reason));
        int mine = ++generation;
        // the phase change above handed SENDING to the store: the order goes out only once that is committed,
        // so a crash right after the press leaves a draft whose outcome is unknown, never a plain draft
        CompletableFuture<Void> sendingWritten = ctx.lastWrite();
        AtomicBoolean stopped = new AtomicBoolean();
        stops = stopped;
        ctx.tasks().run(() -> {
                    awaitWrite(sendingWritten);
                    if (stopped.get()) {
                        throw new CancellationException("Sending was stopped before the order went out");
                    }
                    return ctx.api().placeOrder(request, uuid, progress);
                },
                order -> {
                    if (mine == generation || lateOrderCounts(key)) {
                        placed(order);
                    } else {
                        LOG.info("Order {} arrived after a newer press; already handled", order.id());
                    }
                },
                failure -> {
                    if (mine == generation) {
                        failed(failure);
                    } else {
                        LOG.info("A cancelled send ended without the order: {}", failure.toString());
                    }
                });
    }

    /**
     * Waits (off the FX thread) for the store's write of the SENDING state. A store that cannot write (a full
     * disk, shown as a banner) does not stop the order: after {@link #WRITE_WAIT} it goes out all the same.
     */
    private static void awaitWrite(CompletableFuture<Void> write) throws InterruptedException {
        try {
            write.get(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.warn("The sending state could not be stored; sending all the same: {}", e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warn("The sending state was not stored within {} ms; sending all the same", WRITE_WAIT.toMillis());
        }
    }

    /** An order that arrives after its send was cancelled is the truth about its key, unless it was settled since. */
    private boolean lateOrderCounts(String key) {
        return phase.get() != Phase.PLACED && phase.get() != Phase.SENDING
                && key.equals(state.idempotencyKeyProperty().get());
    }

    /** The client sends the same order again: the user learns why and that it cannot be placed twice. */
    private void resending(String key, int attempt, int maxAttempts, PlaceOrderListener.Reason reason) {
        if (phase.get() != Phase.SENDING || !key.equals(state.idempotencyKeyProperty().get())) {
            LOG.debug("Resend report arrived after the outcome; ignored");
            return;
        }
        LOG.info("Order sent again with the same key: try {} of {} ({})", attempt, maxAttempts, reason);
        notice.set(Notice.of(resendingText(reason), Notice.Kind.PROGRESS, attempt, maxAttempts));
    }

    static String resendingText(PlaceOrderListener.Reason reason) {
        return switch (reason) {
            case NO_ANSWER -> "checkout.notice.resending.no-answer";
            case SERVER_ERROR -> "checkout.notice.resending.server-error";
            case RATE_LIMITED -> "checkout.notice.resending.rate-limited";
            case STILL_PROCESSING -> "checkout.notice.resending.still-processing";
        };
    }

    private void placed(Order order) {
        Order known = placedOrder.get();
        if (phase.get() == Phase.PLACED && known != null && known.id().equals(order.id())) {
            // a stopped send and the send after it both brought the one order back
            LOG.debug("Order {} reported again; already placed", order.id());
            return;
        }
        LOG.info("Order {} placed", order.id());
        forgetKey();
        state.serverProblems().clear();
        notice.set(Notice.of("checkout.notice.placed", Notice.Kind.INFO, order.id()));
        placedOrder.set(order);
        phase.set(Phase.PLACED);
        ctx.orderPlaced(order);
    }

    private void failed(Throwable t) {
        FailureMessage why = FailureMessage.of(t);
        switch (why.kind()) {
            case PRICE_CHANGED, REFUSED, NOT_FOUND, SIGNED_OUT, NO_ACCESS -> {
                if (t instanceof PriceChangedException pc) {
                    priceChanged(pc);
                } else if (t instanceof ApiProblemException pe) {
                    problem(pe, why);
                } else {
                    LOG.warn("A refusal arrived wrapped ({}); treated as without a definite answer", t.toString());
                    uncertain(why);
                }
            }
            case OTHER -> {
                LOG.error("Unexpected failure while ordering", t);
                uncertain(why);
            }
            default -> {
                // no answer, a rate limit, the first request still running, a server fault, an unusable answer:
                // the server may hold the order
                LOG.warn("No definite answer to the order ({}): {}", why.kind(), t.getMessage());
                uncertain(why);
            }
        }
    }

    private void uncertain(FailureMessage why) {
        phase.set(Phase.UNCERTAIN);
        notice.set(Notice.of(UNCERTAIN, Notice.Kind.WARNING, why));
    }

    /** The key's outcome is settled: the next order gets a new key. */
    private void forgetKey() {
        sentRequest = null;
        keyFree = false;
        state.orderMayExistProperty().set(false);
        state.idempotencyKeyProperty().set(null);
        state.quotedMonthlyNetProperty().set(null);
    }

    private void refused(Notice n) {
        keyFree = true;
        state.orderMayExistProperty().set(false);
        phase.set(Phase.REFUSED);
        notice.set(n);
    }

    private void priceChanged(PriceChangedException pc) {
        BigDecimal before = state.quotedMonthlyNetProperty().get();
        String currency = state.getPrice().map(PriceQuote::currency).orElse("EUR");
        LOG.info("Order refused: price changed from {} to {}", before, pc.currentMonthlyNet());
        state.quotedMonthlyNetProperty().set(null);
        refused(priceNotice(before, pc.currentMonthlyNet(), currency));
        ctx.navigator().goTo(StepId.SUMMARY);
        // the new prices come through the one catalog source, which every session (this one too) follows
        ctx.contextSource().reload(() -> {
            if (phase.get() == Phase.REFUSED) {
                BigDecimal now = state.getPrice().map(PriceQuote::net).orElse(pc.currentMonthlyNet());
                notice.set(priceNotice(before, now, state.getPrice().map(PriceQuote::currency).orElse(currency)));
            }
        });
    }

    private static Notice priceNotice(BigDecimal before, BigDecimal now, String currency) {
        if (before == null || now == null) {
            return Notice.of("checkout.notice.price-changed-unknown", Notice.Kind.WARNING);
        }
        return Notice.of("checkout.notice.price-changed", Notice.Kind.WARNING,
                new Money(before, currency), new Money(now, currency));
    }

    private void problem(ApiProblemException pe, FailureMessage why) {
        LOG.warn("Order refused: HTTP {} code={} fields={}", pe.status(), pe.code(),
                pe.errors().stream().map(FieldError::field).toList());
        if (isKeyConflict(pe)) {
            findOrderOfKey();
            return;
        }
        List<Problem> problems = pe.errors().stream().map(ServerProblems::fromFieldError).toList();
        boolean termsIssue = isTermsCode(pe.code()) || problems.stream().anyMatch(p -> FieldSteps.isWithin(p.field(), "terms"));
        List<Problem> fieldProblems = problems.stream()
                .filter(p -> !FieldSteps.isWithin(p.field(), "terms") && !FieldSteps.isWithin(p.field(), "quotedMonthlyNet"))
                .toList();
        state.serverProblems().setAll(fieldProblems);
        if (termsIssue) {
            state.termsAcceptedProperty().set(false);
            reloadTerms();
        }
        Optional<StepId> first = fieldProblems.stream().map(p -> FieldSteps.stepOf(p.field()))
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
        if (first.isPresent()) {
            refused(Notice.of(termsIssue ? "checkout.notice.refused-fields-and-terms" : "checkout.notice.refused-fields",
                    Notice.Kind.ERROR));
            ctx.navigator().goTo(first.get());
        } else if (termsIssue) {
            refused(Notice.of("checkout.notice.terms-changed", Notice.Kind.WARNING));
            ctx.navigator().goTo(StepId.SUMMARY);
        } else if (pe.detail() != null) {
            // the server's own sentence (cleaned and shortened where the answer was read) says why
            refused(Notice.of(REFUSED_SAYING, Notice.Kind.ERROR, why, pe.detail()));
        } else {
            refused(Notice.of(REFUSED, Notice.Kind.ERROR, why));
        }
    }

    /**
     * The key holds an order made from another body, sent by an earlier press without an answer: asks the
     * server for the order by its key, so it is found whatever was edited since that press.
     */
    private void findOrderOfKey() {
        String key = state.idempotencyKeyProperty().get();
        if (key == null || !isUuid(key)) {
            LOG.warn("Order refused for its key, but no key is known");
            refused(Notice.of(KEY_CONFLICT, Notice.Kind.ERROR));
            return;
        }
        LOG.info("Order refused for its key; asking for the order the key holds");
        phase.set(Phase.SENDING);
        UUID uuid = UUID.fromString(key);
        int mine = ++generation;
        ctx.tasks().run(() -> ctx.api().orderByIdempotencyKey(uuid),
                found -> {
                    if (mine == generation) {
                        found.ifPresentOrElse(this::earlierFound, this::keyHoldsNoOrder);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        lookupFailed(failure);
                    }
                });
    }

    /** The server refused the key but knows no order of this user under it: the key is given up. */
    private void keyHoldsNoOrder() {
        LOG.warn("Order refused for its key, but the server finds no order under it; the next press takes a new key");
        sentRequest = null;
        state.idempotencyKeyProperty().set(null);
        refused(Notice.of(KEY_CONFLICT, Notice.Kind.ERROR));
    }

    /** The key holds an order that could not be looked up: the key stays, so no press can place a second. */
    private void lookupFailed(Throwable t) {
        LOG.warn("Could not look up the order the key holds: {}", t.toString());
        uncertain(FailureMessage.of(t));
    }

    private void earlierFound(Order order) {
        LOG.info("An earlier press placed order {}; the changed order was not placed", order.id());
        forgetKey();
        state.termsAcceptedProperty().set(false);
        phase.set(Phase.IDLE);
        notice.set(Notice.of(EARLIER_ORDER, Notice.Kind.WARNING, order.id()));
        ctx.earlierOrderFound(order);
    }

    /**
     * The new terms come through the one catalog source, which keeps them (for offline use too) and which
     * every session, this one included, follows; the checkbox is unticked again once they are in, so a
     * tick given while they were coming never accepts terms the person has not seen.
     */
    private void reloadTerms() {
        Terms before = state.termsProperty().get();
        ctx.contextSource().reload(() -> {
            Terms now = state.termsProperty().get();
            if (now != before) {
                state.termsAcceptedProperty().set(false);
            } else {
                LOG.warn("Could not reload the terms; still showing version {}",
                        before == null ? "(none)" : before.version());
            }
        });
    }

    private static boolean isTermsCode(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("terms");
    }

    private static boolean isKeyConflict(ApiProblemException pe) {
        String code = pe.code() == null ? "" : pe.code().toLowerCase(Locale.ROOT);
        String type = pe.type() == null ? "" : pe.type().toLowerCase(Locale.ROOT);
        return pe.status() == 422 && pe.errors().isEmpty() && (code.contains("idempotency") || type.contains("idempotency"));
    }

    /** True when {@code key} is an Idempotency-Key this app could have made (a UUID). */
    public static boolean isUuid(String key) {
        try {
            UUID.fromString(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
