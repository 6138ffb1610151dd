package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.api.ApiRequestExport;
import de.cloudhub.order.drafts.SeenList;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.ui.common.LinkPolicy;
import de.cloudhub.order.ui.common.WebLinks;
import de.cloudhub.order.ui.ordering.FieldSteps;
import de.cloudhub.order.ui.ordering.Notice;
import de.cloudhub.order.ui.ordering.OrderStateChanges;
import de.cloudhub.order.ui.ordering.Money;
import de.cloudhub.order.ui.ordering.OrderSubmission;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.ordering.ServerProblems;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 7: every choice, the price, the terms, and the one button that places the paid order. The
 * button is enabled only while the terms are accepted, the whole order is valid and nothing is in flight.
 */
public final class SummaryViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryViewModel.class);

    private final OrderSession ctx;
    private final OrderState state;
    private final OrderSubmission submission;
    private final PageProblems problems = new PageProblems();
    private final ReadOnlyObjectWrapper<SummarySnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper orderEnabled = new ReadOnlyBooleanWrapper(this, "orderEnabled");
    private final ReadOnlyBooleanWrapper exportEnabled = new ReadOnlyBooleanWrapper(this, "exportEnabled");
    private final ReadOnlyObjectWrapper<SeenChanges> seenChanges =
            new ReadOnlyObjectWrapper<>(this, "seenChanges", SeenChanges.NONE);
    private final BooleanBinding enabledBinding;
    private final BooleanBinding exportBinding;

    public SummaryViewModel(OrderSession ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.state = Objects.requireNonNull(ctx.state());
        this.submission = ctx.submission();
        ServerProblems.clearWhenEdited(state, state.termsAcceptedProperty(), "terms");
        enabledBinding = Bindings.createBooleanBinding(
                () -> state.termsAcceptedProperty().get() && problems.validProperty().get()
                        && !submission.isInFlight() && submission.getPhase() != OrderSubmission.Phase.PLACED,
                state.termsAcceptedProperty(), problems.validProperty(), submission.phaseProperty());
        orderEnabled.bind(enabledBinding);
        exportBinding = Bindings.createBooleanBinding(
                () -> !submission.isInFlight() && submission.getPhase() != OrderSubmission.Phase.PLACED,
                submission.phaseProperty());
        exportEnabled.bind(exportBinding);
        OrderStateChanges.observe(state, this::refresh);
        state.customerProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    @Override
    public void onEnter() {
        if (state.termsProperty().get() == null) {
            // the terms come through the one catalog source, which this session follows
            ctx.contextSource().reload(() -> {
                if (state.termsProperty().get() == null) {
                    LOG.warn("The terms could not be loaded");
                }
            });
        }
        loadBillingDetails();
    }

    /** The summary shows an existing profile's company and address, not just its id. */
    private void loadBillingDetails() {
        String customerId = state.customerIdProperty().get();
        String profileId = state.billingProfileIdProperty().get();
        Me me = state.meProperty().get();
        if (me != null && !me.isSales() && state.customerProperty().get() == null) {
            state.customerProperty().set(me.customer());
        }
        if (customerId == null || state.billingModeProperty().get() != BillingMode.EXISTING || profileId == null) {
            return;
        }
        BillingProfile known = state.billingProfileProperty().get();
        if (known != null && known.id().equals(profileId)) {
            return;
        }
        ctx.tasks().run(() -> orSeenBefore(() -> ctx.api().billingProfiles(customerId),
                        () -> ctx.billingCache().profiles(customerId)),
                list -> state.billingProfileProperty().set(list.stream().filter(p -> p.id().equals(profileId)).findFirst().orElse(null)),
                e -> LOG.warn("Could not load billing profiles for the summary: {}", e.toString()));
    }

    /** The server's list; when the server cannot be reached, the one seen before (off the FX thread). */
    private static <T> List<T> orSeenBefore(Supplier<List<T>> server, Supplier<Optional<SeenList<T>>> seen) {
        try {
            return server.get();
        } catch (RuntimeException e) {
            if (!ApiFailure.of(e).meansNoConnection()) {
                throw e;
            }
            LOG.info("The server cannot be reached ({}); the summary shows what was seen before", e.toString());
            return seen.get().map(SeenList::items).orElseThrow(() -> e);
        }
    }

    private void refresh() {
        OrderDraft draft = state.toDraft();
        Catalog catalog = state.catalogProperty().get();
        Terms terms = state.termsProperty().get();
        List<Problem> found = new ArrayList<>(state.serverProblems());
        if (catalog == null) {
            found.add(Problem.error("serviceId", "checkout.summary.no-catalog"));
        } else {
            found.addAll(OrderValidator.validate(draft, catalog, terms == null ? null : terms.version()));
        }
        if (terms == null) {
            found.add(Problem.error("terms", "checkout.summary.no-terms"));
        } else if (!state.termsAcceptedProperty().get() && found.stream().noneMatch(p -> FieldSteps.isWithin(p.field(), "terms"))) {
            found.add(Problem.error("terms", "checkout.summary.accept-terms"));
        }
        if (!state.onlineProperty().get()) {
            found.add(Problem.error("", "checkout.summary.offline"));
        }
        Me me = state.meProperty().get();
        boolean sales = me != null && me.isSales();
        if (sales && (draft.getCustomerId() == null || draft.getCustomerId().isBlank())
                && found.stream().noneMatch(p -> "customerId".equals(p.field()))) {
            found.add(Problem.error("customerId", "checkout.billing.customer-required"));
        }
        problems.set(found);
        seenChanges.set(changesSinceSaved(terms));
        snapshot.set(new SummarySnapshot(draft, state.service(), state.billingProfileProperty().get(),
                state.customerProperty().get(), sales,
                state.getPrice()));
    }

    /** The order button; after an outcome without an answer it sends the same order again (same key). */
    public void placeOrder() {
        if (!orderEnabled.get()) {
            LOG.debug("Order button pressed while disabled");
            return;
        }
        submission.submit();
    }

    /**
     * "Export as API request": the request the order button would send now, with this order's own
     * Idempotency-Key (created and kept here when it has none yet), so running it and also pressing the
     * order button can never order twice (see {@link OrderSubmission#prepareExport()}). Empty while the
     * order is on its way or placed.
     */
    public Optional<ApiRequestExport> exportRequest() {
        if (!exportEnabled.get()) {
            LOG.debug("Export as API request pressed while disabled");
            return Optional.empty();
        }
        return submission.prepareExport().map(out -> {
            // the key is bound to this draft from now on: stored at once, so a restart presses with it too
            ctx.keep();
            return ctx.api().exportOrder(out.request(), out.key());
        });
    }

    /** "Stop sending": the order key stays, so the order can be sent again or found without a second one. */
    public void cancelSending() {
        submission.cancel();
    }

    public void keepForLater() {
        submission.keepForLater();
    }

    public void edit(StepId step) {
        ctx.navigator().editFromSummary(step);
    }

    /** Opens a terms document: only https, or on the API's own origin (the sandbox); others are refused and logged. */
    public void openLink(String url) {
        Optional<URI> safe = ctx.linkPolicy().allowed(url);
        if (safe.isEmpty()) {
            LOG.warn("Refused to open the terms document link {}: not on the customer portal's origin",
                    WebLinks.forLog(url));
            return;
        }
        ctx.links().open(safe.get().toString());
    }

    /** Whether {@link #openLink} would open {@code url} (a view shows other links as plain text). */
    public boolean canOpen(String url) {
        return ctx.linkPolicy().allowed(url).isPresent();
    }

    /** The host {@code url} points to, shown beside a document's title; empty when it has none. */
    public Optional<String> linkHost(String url) {
        return LinkPolicy.hostOf(url);
    }

    /** Errors that block the order other than the unticked checkbox, with where to fix them. */
    public List<Problem> openProblems() {
        return problems.all().stream()
                .filter(Problem::isError)
                .filter(p -> !FieldSteps.isWithin(p.field(), "terms"))
                .toList();
    }

    public boolean isServerProblem(Problem p) {
        return state.serverProblems().contains(p);
    }

    public OrderSubmission submission() { return submission; }
    /** The price and terms version the person saw when the draft was saved, against the current ones. */
    private SeenChanges changesSinceSaved(Terms terms) {
        Money before = ctx.priceSeenBefore().map(p -> new Money(p, state.currency())).orElse(null);
        Money now = state.getPrice().map(q -> new Money(q.net(), state.currency())).orElse(null);
        boolean priceChanged = before != null && now != null && before.amount().compareTo(now.amount()) != 0;
        String termsBefore = ctx.termsVersionSeenBefore().orElse(null);
        boolean termsChanged = termsBefore != null && terms != null && !termsBefore.equals(terms.version());
        return new SeenChanges(priceChanged ? before : null, priceChanged ? now : null,
                termsChanged ? terms.version() : null);
    }

    /** What changed since the draft was last saved: shown on the summary before the checkbox. */
    public ReadOnlyObjectProperty<SeenChanges> seenChangesProperty() { return seenChanges.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<SummarySnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Terms> termsProperty() { return state.termsProperty(); }
    public BooleanProperty termsAcceptedProperty() { return state.termsAcceptedProperty(); }
    public ReadOnlyBooleanProperty orderEnabledProperty() { return orderEnabled.getReadOnlyProperty(); }
    public boolean isOrderEnabled() { return orderEnabled.get(); }
    /** False while the order is on its way or placed: an exported request would then place a second one. */
    public ReadOnlyBooleanProperty exportEnabledProperty() { return exportEnabled.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return submission.noticeProperty(); }
    public ReadOnlyBooleanProperty inFlightProperty() { return submission.inFlightProperty(); }
    public ReadOnlyObjectProperty<OrderSubmission.Phase> phaseProperty() { return submission.phaseProperty(); }
    public javafx.collections.ObservableList<Problem> problems() { return problems.all(); }

    @Override
    public StepId stepId() { return StepId.SUMMARY; }

    /** The whole order is valid (the shell shows why not); the order button also needs the checkbox. */
    @Override
    public ReadOnlyBooleanProperty validProperty() { return problems.validProperty(); }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return problems.blockingProblemProperty(); }
}
