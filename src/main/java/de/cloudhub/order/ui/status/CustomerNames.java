package de.cloudhub.order.ui.status;

import de.cloudhub.order.ui.common.CustomerLookup;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.TaskRunner;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names and numbers of the customers sales staff order for, by id, for the views that only have an
 * order's {@code customerId} (its status, the overview, the notifications): the API's {@code Order}
 * names no customer. What the wizard chose is learned at once; an id not known yet is looked up once,
 * off the FX thread, among the customers found before on this computer ({@link BillingCache}), else with
 * the API's customer search (which finds a customer by id). Call on the FX thread.
 */
public final class CustomerNames {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerNames.class);

    private final Function<String, Optional<CustomerRef>> finder;
    private final TaskRunner tasks;
    private final ObservableMap<String, CustomerRef> known = FXCollections.observableHashMap();
    private final ObservableMap<String, CustomerRef> readOnlyKnown = FXCollections.unmodifiableObservableMap(known);
    private final Set<String> asked = new HashSet<>();
    private final BooleanProperty forSales = new SimpleBooleanProperty(this, "forSales");

    /** @param finder looks one customer up by id (called off the FX thread) */
    public CustomerNames(Function<String, Optional<CustomerRef>> finder, TaskRunner tasks) {
        this.finder = Objects.requireNonNull(finder);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Looks customers up among those seen before, else through {@code api}'s customer search. */
    public static CustomerNames of(ApiClient api, BillingCache seen, TaskRunner tasks) {
        return new CustomerNames(id -> CustomerLookup.byId(api, seen, id, true), tasks);
    }

    /** Names nobody: a customer's own orders (and tests that do not look at customers). */
    public static CustomerNames none() {
        return new CustomerNames(id -> Optional.empty(), new DirectTaskRunner());
    }

    /** True while the signed-in person is sales staff: only then do the views name the customer. */
    public BooleanProperty forSalesProperty() {
        return forSales;
    }

    public boolean isForSales() {
        return forSales.get();
    }

    /** The customer with {@code id} as known now; an unknown one is looked up (once) and shows when found. */
    public Optional<CustomerRef> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        CustomerRef c = known.get(id);
        if (c == null && forSales.get() && asked.add(id)) {
            tasks.run(() -> finder.apply(id), found -> found.ifPresent(this::learn),
                    e -> LOG.info("The customer {} could not be looked up: {}", id, e.toString()));
        }
        return Optional.ofNullable(c);
    }

    /** A customer the app found elsewhere (the wizard's choice). */
    public void learn(CustomerRef customer) {
        if (customer != null && customer.id() != null && !customer.equals(known.get(customer.id()))) {
            known.put(customer.id(), customer);
        }
    }

    /** Every customer known by id; changes as customers are found. */
    public ObservableMap<String, CustomerRef> known() {
        return readOnlyKnown;
    }
}
