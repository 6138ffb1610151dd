package de.cloudhub.order.ui.wizard.customer;

import de.cloudhub.order.ui.common.CustomerLookup;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.ordering.FieldProblem;
import de.cloudhub.order.ui.ordering.FieldSteps;
import de.cloudhub.order.ui.ordering.Notice;
import de.cloudhub.order.ui.ordering.OrderStateChanges;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.StepViewModel;
import de.cloudhub.order.ui.wizard.billing.LoadState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 1 for sales staff: whom the order is for. The customers the API lists, searched by name or
 * number; no other step can be reached before one is chosen. A customer's own order has no such step
 * ({@link #appliesProperty()} false): their customer is fixed.
 *
 * <p>Also the one place that finds the chosen customer's name and number when only its id is known (a
 * stored draft opened on a later page): from the server, or without a connection from the customers
 * found before ({@link BillingCache}). Without a connection the search looks through those too.
 */
public final class CustomerViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerViewModel.class);
    public static final int SEARCH_LIMIT = CustomerLookup.SEARCH_LIMIT;
    public static final String FIELD = "customerId";

    private final OrderState state;
    private final ApiClient api;
    private final BillingCache billing;
    private final de.cloudhub.order.ui.common.TaskRunner tasks;
    private final PageProblems problems = new PageProblems();
    private final ReadOnlyBooleanWrapper applies = new ReadOnlyBooleanWrapper(this, "applies");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<CustomerRef> customers = FXCollections.observableArrayList();
    private final ObservableList<CustomerRef> readOnlyCustomers = FXCollections.unmodifiableObservableList(customers);
    private final ReadOnlyObjectWrapper<LoadState> load = new ReadOnlyObjectWrapper<>(this, "load", LoadState.IDLE);
    private final ReadOnlyObjectWrapper<FailureMessage> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Instant> seenAt = new ReadOnlyObjectWrapper<>(this, "seenAt");
    private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private int searchSeq;
    private String lookingUp;

    public CustomerViewModel(OrderState state, ApiClient api, BillingCache billing,
                             de.cloudhub.order.ui.common.TaskRunner tasks) {
        this.state = Objects.requireNonNull(state);
        this.api = Objects.requireNonNull(api);
        this.billing = Objects.requireNonNull(billing);
        this.tasks = Objects.requireNonNull(tasks);
        de.cloudhub.order.ui.ordering.ServerProblems.clearWhenEdited(state, state.customerIdProperty(), FIELD);
        state.meProperty().addListener((o, was, now) -> {
            refresh();
            findChosen();
        });
        state.customerIdProperty().addListener((o, was, now) -> findChosen());
        state.onlineProperty().addListener((o, was, now) -> {
            if (Boolean.TRUE.equals(now) && !Boolean.TRUE.equals(was)) {
                if (load.get() == LoadState.LAST_SEEN || load.get() == LoadState.NEEDS_CONNECTION) {
                    search();
                }
                findChosen();
            }
        });
        OrderStateChanges.observe(state, this::refresh);
        refresh();
        findChosen();
    }

    @Override
    public void onEnter() {
        if (applies.get() && customers.isEmpty() && load.get() != LoadState.LOADING) {
            search();
        }
    }

    private boolean isSales() {
        Me me = state.meProperty().get();
        return me != null && me.isSales();
    }

    private void refresh() {
        applies.set(isSales());
        List<Problem> found = new ArrayList<>(state.serverProblems().stream()
                .filter(p -> FieldSteps.stepOf(p.field()).map(s -> s == StepId.CUSTOMER).orElse(false)).toList());
        String id = state.customerIdProperty().get();
        if (applies.get() && (id == null || id.isBlank())) {
            found.add(Problem.error(FIELD, "checkout.billing.customer-required"));
        }
        problems.set(found);
        Problem first = problems.firstOf(FIELD);
        boolean fromServer = first != null && state.serverProblems().contains(first);
        // "choose a customer" is no reproach before anything was tried: it shows beside Next only
        problem.set(first == null || !fromServer && id == null ? null : new FieldProblem(first, fromServer));
    }

    /**
     * Searches the customers on the server for the query; without a connection (known already, or found
     * out by this search) among the customers found before.
     */
    public void search() {
        int seq = ++searchSeq;
        String q = query.get() == null ? "" : query.get().trim();
        load.set(LoadState.LOADING);
        if (!state.onlineProperty().get()) {
            searchSeen(seq, q);
            return;
        }
        tasks.run(() -> {
            List<CustomerRef> found = api.customers(q, SEARCH_LIMIT);
            CustomerLookup.keep(billing, found);
            return found;
        }, found -> {
            if (seq != searchSeq) {
                return;
            }
            customers.setAll(found);
            seenAt.set(null);
            load.set(LoadState.LOADED);
            adoptIfChosen(found);
        }, e -> {
            if (seq != searchSeq) {
                return;
            }
            failure.set(FailureMessage.of(e));
            if (failure.get().kind().meansNoConnection()) {
                LOG.info("Customer search: the server cannot be reached ({}); searching the customers seen before",
                        e.toString());
                searchSeen(seq, q);
            } else {
                LOG.warn("Customer search failed: {}", e.toString());
                load.set(LoadState.FAILED);
            }
        });
    }

    private void searchSeen(int seq, String q) {
        tasks.run(billing::customers, seen -> {
            if (seq != searchSeq) {
                return;
            }
            if (seen.isEmpty()) {
                customers.clear();
                seenAt.set(null);
                load.set(LoadState.NEEDS_CONNECTION);
                return;
            }
            customers.setAll(seen.get().items().stream().filter(c -> matches(c, q))
                    .sorted(Comparator.comparing(CustomerRef::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                    .limit(SEARCH_LIMIT).toList());
            seenAt.set(seen.get().seenAt());
            load.set(LoadState.LAST_SEEN);
            adoptIfChosen(seen.get().items());
        }, e -> {
            if (seq == searchSeq) {
                LOG.warn("The customers seen before cannot be read: {}", e.toString());
                customers.clear();
                seenAt.set(null);
                load.set(LoadState.NEEDS_CONNECTION);
            }
        });
    }

    /** As the server searches: the query found in the name, the customer number or the id, ignoring case. */
    public static boolean matches(CustomerRef customer, String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return q.isEmpty() || Stream.of(customer.name(), customer.number(), customer.id())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(q));
    }

    /** The order is for {@code customer} from now on (another customer's billing choice goes, see {@link OrderState}). */
    public void select(CustomerRef customer) {
        if (customer == null || !applies.get()) {
            return;
        }
        state.dismissLeftOut(StepId.CUSTOMER);
        state.customerIdProperty().set(customer.id());
        state.customerProperty().set(customer);
    }

    private void adoptIfChosen(List<CustomerRef> found) {
        String id = state.customerIdProperty().get();
        if (id != null && state.customerProperty().get() == null) {
            found.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(state.customerProperty()::set);
        }
    }

    /** Finds the name and number of the customer the order names by id only (a stored draft, an imported file). */
    private void findChosen() {
        String id = state.customerIdProperty().get();
        if (!isSales() || id == null || state.customerProperty().get() != null || id.equals(lookingUp)) {
            return;
        }
        lookingUp = id;
        boolean online = state.onlineProperty().get();
        tasks.run(() -> CustomerLookup.find(api, billing, id, online), found -> {
            lookingUp = null;
            if (!id.equals(state.customerIdProperty().get()) || state.customerProperty().get() != null) {
                return;
            }
            if (found.unknownToServer() && isSales()) {
                leaveOut(id);
            } else {
                found.customer().ifPresent(state.customerProperty()::set);
            }
        }, e -> {
            lookingUp = null;
            LOG.info("The customer {} could not be looked up: {}", id, e.toString());
        });
    }

    /**
     * The draft names a customer the server does not know for this account: it cannot be ordered for, so it
     * is left out, told on this page; a billing profile that went with it is told on the billing page.
     */
    private void leaveOut(String id) {
        LOG.info("Customer {} cannot be used by this account: left out", id);
        state.leaveOut(StepId.CUSTOMER, Notice.of("checkout.billing.left-out.customer", Notice.Kind.WARNING, id));
        String profile = state.billingProfileIdProperty().get();
        if (profile != null) {
            state.leaveOut(StepId.BILLING, Notice.of("checkout.billing.left-out.profile", Notice.Kind.WARNING, profile));
        }
        state.customerIdProperty().set(null);
    }

    /** What the draft named for this page that this account cannot use and so was left out, until a customer is chosen. */
    public ObservableList<Notice> leftOut() { return state.leftOut(StepId.CUSTOMER); }
    public StringProperty queryProperty() { return query; }
    public ObservableList<CustomerRef> customers() { return readOnlyCustomers; }
    public ReadOnlyObjectProperty<LoadState> loadProperty() { return load.getReadOnlyProperty(); }
    /** Why the last search failed; only meaningful while {@link #loadProperty()} is FAILED. */
    public FailureMessage getFailure() { return failure.get(); }
    /** When the customers searched were last seen, while the search looks through those (offline); else null. */
    public ReadOnlyObjectProperty<Instant> seenAtProperty() { return seenAt.getReadOnlyProperty(); }
    /** The customer chosen (the order's, with name and number once found); null while none. */
    public ReadOnlyObjectProperty<CustomerRef> selectedProperty() { return state.customerProperty(); }
    /** The id of the customer chosen, also while its name is not known (looked up, or offline); null while none. */
    public javafx.beans.value.ObservableStringValue selectedIdProperty() { return state.customerIdProperty(); }
    public ReadOnlyObjectProperty<FieldProblem> problemProperty() { return problem.getReadOnlyProperty(); }
    /** That the billing choice was cleared because the customer changed; null when there is nothing to tell. */
    public ReadOnlyObjectProperty<Problem> customerChangeNoticeProperty() { return state.customerChangeNoticeProperty(); }
    public ObservableList<Problem> problems() { return problems.all(); }

    @Override
    public StepId stepId() { return StepId.CUSTOMER; }

    @Override
    public ReadOnlyBooleanProperty appliesProperty() { return applies.getReadOnlyProperty(); }

    @Override
    public boolean gatesLaterSteps() { return true; }

    @Override
    public ReadOnlyBooleanProperty validProperty() { return problems.validProperty(); }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return problems.blockingProblemProperty(); }
}
