package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.DraftTitle;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderField;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.common.LinkPolicy;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.ordering.OrderSubmission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One draft being edited: its order input ({@link OrderState}), its identity (id, title, customer,
 * created time), where the person is in the wizard (the shell's current and reached step), its
 * submission (Idempotency-Key, phase) and the price and terms version the person saw. The app makes
 * one per draft through its factory; {@link #dispose()} lets go of everything outside the session, so
 * a session that was switched away from receives no more events and saves nothing more.
 *
 * <p>Call on the FX thread. The draft is saved through {@link DraftRepository#saveSoon}: the FX thread
 * only makes an immutable {@link DraftRecord}, the store's thread writes it.
 */
public final class OrderSession {
    private static final Logger LOG = LoggerFactory.getLogger(OrderSession.class);

    private String draftId;
    private final OrderState state;
    private final SessionServices services;
    private final WizardNavigator navigatorOverride;
    private final Clock clock;
    private final List<Runnable> releases = new ArrayList<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<DraftState> draftState =
            new ReadOnlyObjectWrapper<>(this, "draftState", DraftState.DRAFT);
    private final ReadOnlyBooleanWrapper disposed = new ReadOnlyBooleanWrapper(this, "disposed");
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(this, "stored");
    private WizardShellViewModel wizard;
    private OrderSubmission submission;
    private DraftRepository repository;
    private boolean titleByPerson;
    private Instant createdAt;
    private String orderId;
    private String customerName;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    /** What the person saw when the draft was last saved before this opening; null for a new order. */
    private final BigDecimal priceSeenBefore;
    private final String termsVersionSeenBefore;
    private final StepId pageBefore;
    /** The state the draft had when this session opened it (decides whether the pages may be edited). */
    private DraftState opened = DraftState.DRAFT;

    /**
     * A session for a new order ({@code draft} null) or for a stored draft, with every input filled in.
     *
     * @param navigator where the pages' navigation goes; null for the session's own wizard (tests of a
     *                  single page pass a recorder)
     */
    public OrderSession(SessionServices services, OrderState state, DraftRecord draft, WizardNavigator navigator,
                        Clock clock) {
        this.services = Objects.requireNonNull(services);
        this.state = Objects.requireNonNull(state);
        this.navigatorOverride = navigator;
        this.clock = Objects.requireNonNull(clock);
        if (draft == null) {
            draftId = UUID.randomUUID().toString();
            priceSeenBefore = null;
            termsVersionSeenBefore = null;
            pageBefore = null;
        } else {
            draftId = draft.id();
            createdAt = draft.createdAt();
            titleByPerson = draft.titleByPerson();
            title.set(draft.title());
            customerName = draft.customerName();
            orderId = draft.orderId();
            // a send the app never saw the end of may have placed the order: only its key can tell
            draftState.set(draft.state() == DraftState.SENDING ? DraftState.OUTCOME_UNKNOWN : draft.state());
            opened = draftState.get();
            priceSeenBefore = draft.priceSeen();
            termsVersionSeenBefore = draft.termsVersionSeen();
            pageBefore = stepOfPage(draft.pageId());
            OrderDraft input = OrderDraft.fromRequest(draft.order());
            input.setIdempotencyKey(draft.idempotencyKey());
            state.loadDraft(input);
            stored.set(true);
        }
    }

    /** A session on its own state, navigating its own wizard, on the system clock. */
    public OrderSession(SessionServices services, DraftRecord draft) {
        this(services, new OrderState(), draft, null, Clock.systemUTC());
    }

    /** Builds the pages (each gets this session) and the wizard shell that shows them. Call once. */
    public WizardShellViewModel buildWizard(Function<OrderSession, List<WizardPage>> pages) {
        if (wizard != null) {
            throw new IllegalStateException("The wizard of this session is built already");
        }
        wizard = new WizardShellViewModel(pages.apply(this), state);
        wizard.setOnDiscarded(this::discarded);
        showWhetherEditable();
        return wizard;
    }

    /**
     * Shows the session's first page for a new order, the page the person was on for a stored draft, or
     * the first page that still needs input for a draft that names no page.
     * Call once the order's context (catalog, user, terms) is there.
     */
    public void start() {
        if (wizard == null || wizard.getCurrentIndex() >= 0) {
            return;
        }
        if (pageBefore != null) {
            wizard.resumeAt(pageBefore);
        } else if (stored.get()) {
            // a draft without a page (imported, ordered again): the first page that still needs input
            wizard.resumeFilledOrder();
        } else {
            wizard.start();
        }
    }

    /**
     * Lets the session's {@link OrderState} follow the app's catalog, user, terms and whether the server
     * can be reached, until disposed.
     */
    public void follow(ObservableValue<Catalog> catalog, ObservableValue<Me> me, ObservableValue<Terms> terms,
                       ObservableValue<Boolean> offline) {
        copy(offline, off -> state.onlineProperty().set(!Boolean.TRUE.equals(off)));
        copy(catalog, state.catalogProperty()::set);
        copy(me, who -> {
            state.meProperty().set(who);
            if (who != null && !who.isSales() && who.customer() != null) {
                state.customerIdProperty().set(who.customer().id());
                state.customerProperty().set(who.customer());
                setCustomerName(who.customer().name());
            }
        });
        copy(terms, state.termsProperty()::set);
    }

    private <T> void copy(ObservableValue<T> source, java.util.function.Consumer<T> target) {
        ChangeListener<T> listener = (o, was, now) -> target.accept(now);
        source.addListener(listener);
        releases.add(() -> source.removeListener(listener));
        target.accept(source.getValue());
    }

    /**
     * Saves the draft to {@code drafts} from now on: within 300 ms of every edit and of every move to
     * another page. A new order becomes a draft with its first edit; what the app chose by itself
     * (the only service, preselected) is no edit.
     */
    public void autosaveTo(DraftRepository drafts) {
        this.repository = Objects.requireNonNull(drafts);
        InvalidationListener edited = o -> changed();
        List<Observable> watched = new ArrayList<>();
        for (OrderField field : OrderField.values()) {
            watched.add(state.input(field));
        }
        if (wizard != null) {
            watched.add(wizard.currentIndexProperty());
        }
        for (Observable o : watched) {
            o.addListener(edited);
        }
        releases.add(() -> watched.forEach(o -> o.removeListener(edited)));
        ChangeListener<OrderSubmission.Phase> phases = (o, was, now) -> submissionMoved(now);
        submission().phaseProperty().addListener(phases);
        releases.add(() -> submission().phaseProperty().removeListener(phases));
    }

    private void changed() {
        if (disposed.get() || repository == null) {
            return;
        }
        if (!stored.get() && (wizard == null || !wizard.hasInput())) {
            return;
        }
        repository.saveSoon(toRecord());
        stored.set(true);
    }

    /** The submission's phase decides the draft's state; a change of it is saved at once. */
    private void submissionMoved(OrderSubmission.Phase phase) {
        DraftState next = switch (phase) {
            case SENDING -> DraftState.SENDING;
            case UNCERTAIN -> DraftState.OUTCOME_UNKNOWN;
            case PLACED -> DraftState.ORDERED;
            case IDLE, REFUSED -> DraftState.DRAFT;
        };
        if (phase == OrderSubmission.Phase.PLACED) {
            Order placed = submission().placedOrderProperty().get();
            orderId = placed == null ? orderId : placed.id();
            // an ordered draft never sends again: from now on it is looked at, not changed
            opened = DraftState.ORDERED;
        }
        draftState.set(next);
        showWhetherEditable();
        saveNow();
    }

    /** An ordered draft, and one whose send had no answer, can be looked at but not changed. */
    private void showWhetherEditable() {
        if (wizard == null) {
            return;
        }
        wizard.setReadOnly(switch (opened) {
            case ORDERED -> Problem.notice("", "wizard.read-only.ordered", orderId == null ? "" : orderId);
            case OUTCOME_UNKNOWN -> Problem.notice("", "wizard.read-only.outcome-unknown");
            default -> null;
        });
    }

    /**
     * The lookup of the draft's key answered: the order exists ({@code order} given: the draft is ordered)
     * or it does not (null: the draft can be edited and sent again, under the same key).
     */
    public void outcomeFound(Order order) {
        if (order == null && submission != null && submission.isInFlight()) {
            // a lookup that ran while this session's own send is out: the send's answer decides
            return;
        }
        opened = order == null ? DraftState.DRAFT : DraftState.ORDERED;
        orderId = order == null ? orderId : order.id();
        draftState.set(opened);
        showWhetherEditable();
        keep();
    }

    /**
     * The person discarded the order: its stored draft goes (the drafts view can bring a deleted one
     * back, this cannot), and the session becomes a new order that a next edit stores anew.
     */
    private void discarded() {
        if (repository != null && stored.get()) {
            String gone = draftId;
            repository.delete(gone).exceptionally(e -> {
                LOG.warn("Deleting discarded draft {} failed", gone, e);
                return null;
            });
        }
        draftId = UUID.randomUUID().toString();
        createdAt = null;
        titleByPerson = false;
        title.set("");
        orderId = null;
        draftState.set(DraftState.DRAFT);
        stored.set(false);
    }

    /** Saves the draft now (e.g. when the window closes); nothing when it is no draft yet. */
    public void saveNow() {
        if (stored.get() || wizard != null && wizard.hasInput()) {
            keep();
        }
    }

    /** Stores the order as a draft now, whether edited or not ("Keep for later" after a send without answer). */
    public void keep() {
        if (repository == null || disposed.get()) {
            return;
        }
        stored.set(true);
        CompletableFuture<Void> write = repository.save(toRecord());
        lastWrite = write;
        write.exceptionally(e -> {
            LOG.warn("Saving draft {} failed; the store keeps retrying", draftId, e);
            return null;
        });
    }

    /**
     * The store's write of the draft as it stood at the last save, complete once committed (or failed).
     * The order button waits for the write of SENDING before the order goes out, off the FX thread.
     */
    public CompletableFuture<Void> lastWrite() {
        return lastWrite;
    }

    /** The draft as it stands: an immutable snapshot for the store's thread. */
    public DraftRecord toRecord() {
        Instant now = clock.instant();
        if (createdAt == null) {
            createdAt = now;
        }
        OrderRequest order = state.toDraft().toRequest();
        if (!titleByPerson) {
            title.set(DraftTitle.of(order));
        }
        Terms terms = state.termsProperty().get();
        BigDecimal price = state.getPrice().map(PriceQuote::net).orElse(null);
        return new DraftRecord(draftId, title.get(), titleByPerson, order.customerId(), customerName, createdAt, now,
                currentPageId(), draftState.get(), orderId, order, state.idempotencyKeyProperty().get(), price,
                terms == null ? null : terms.version());
    }

    private String currentPageId() {
        if (wizard == null || wizard.getCurrentPage() == null) {
            return pageBefore == null ? null : pageBefore.pageId();
        }
        return wizard.getCurrentPage().id().pageId();
    }

    private static StepId stepOfPage(String pageId) {
        for (StepId step : StepId.values()) {
            if (step.pageId().equals(pageId)) {
                return step;
            }
        }
        return null;
    }

    /** The order the app placed for this session's key; the draft becomes ordered. */
    public void orderPlaced(Order order) {
        orderId = order.id();
        services.outcomes().placed(this, order);
    }

    public void earlierOrderFound(Order order) {
        services.outcomes().earlierFound(this, order);
    }

    /** True while the order may be sent: never for an ordered draft, nor for one whose send had no answer yet. */
    public boolean maySend() {
        return opened != DraftState.ORDERED && opened != DraftState.OUTCOME_UNKNOWN;
    }

    /** The session's one submission (made at the first use). */
    public OrderSubmission submission() {
        if (submission == null) {
            submission = new OrderSubmission(this);
        }
        return submission;
    }

    /** Lets go of everything outside the session: it receives no more events and saves nothing more. */
    public void dispose() {
        if (disposed.get()) {
            return;
        }
        saveNow();
        disposed.set(true);
        releases.forEach(Runnable::run);
        releases.clear();
        LOG.debug("Session of draft {} disposed", draftId);
    }

    public String draftId() { return draftId; }
    public OrderState state() { return state; }
    public ApiClient api() { return services.api(); }
    public TaskRunner tasks() { return services.tasks(); }
    /** The app's one source of the catalog and terms, which this session follows. */
    public ContextSource contextSource() { return services.context(); }
    public LinkOpener links() { return services.links(); }
    public LinkPolicy linkPolicy() { return services.linkPolicy(); }
    /** The billing profiles and customers seen before, for the billing page without a connection. */
    public BillingCache billingCache() { return services.billing(); }

    /** Where the pages' navigation goes: the session's wizard (or a test's recorder). */
    public WizardNavigator navigator() {
        if (navigatorOverride != null) {
            return navigatorOverride;
        }
        if (wizard == null) {
            throw new IllegalStateException("The wizard of this session is not built yet");
        }
        return wizard;
    }

    /** The session's wizard shell; null before {@link #buildWizard}. */
    public WizardShellViewModel wizard() { return wizard; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DraftState> draftStateProperty() { return draftState.getReadOnlyProperty(); }
    public DraftState getDraftState() { return draftState.get(); }
    public ReadOnlyBooleanProperty disposedProperty() { return disposed.getReadOnlyProperty(); }
    public boolean isDisposed() { return disposed.get(); }
    /** True once the session is a stored draft (made by its first edit, or opened from the store). */
    public ReadOnlyBooleanProperty storedProperty() { return stored.getReadOnlyProperty(); }
    /** The monthly net price the person saw when the draft was saved before this opening, if any. */
    public Optional<BigDecimal> priceSeenBefore() { return Optional.ofNullable(priceSeenBefore); }
    /** The terms version that was current when the draft was saved before this opening, if any. */
    public Optional<String> termsVersionSeenBefore() { return Optional.ofNullable(termsVersionSeenBefore); }
    public Optional<String> orderId() { return Optional.ofNullable(orderId); }

    /** Sets the customer's name as last seen (for the drafts list); the id stays the order's own. */
    public void setCustomerName(String name) {
        if (!Objects.equals(customerName, name)) {
            customerName = name;
            changed();
        }
    }
}
