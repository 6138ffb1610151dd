package de.cloudhub.order.ui.wizard.service;

import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service step: which of the catalog's services is ordered. Choosing one fills the defaults the
 * later steps need (maxmemory policy, minimum storage) where they are still empty.
 */
public final class ServiceViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceViewModel.class);
    static final String FIELD = "serviceId";
    static final String CATALOG_LOADING = "choices.problem.catalog-loading";
    static final String NO_SERVICES = "choices.problem.no-services";
    static final String SERVICE_REQUIRED = OrderValidator.SERVICE_REQUIRED;
    static final String SERVICE_UNKNOWN = OrderValidator.SERVICE_UNKNOWN;

    private final OrderState state;
    private final ObservableList<ServiceOffering> services = FXCollections.observableArrayList();
    private final ObservableList<ServiceOffering> servicesView = FXCollections.unmodifiableObservableList(services);
    private final ReadOnlyBooleanWrapper catalogLoaded = new ReadOnlyBooleanWrapper(this, "catalogLoaded");
    private final ReadOnlyObjectWrapper<ServiceOffering> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final PageProblems problems = new PageProblems();

    public ServiceViewModel(OrderState state) {
        this.state = Objects.requireNonNull(state);
        state.catalogProperty().addListener((o, oldCatalog, newCatalog) -> onCatalogChanged());
        state.serviceIdProperty().addListener((o, oldId, newId) -> refresh());
        state.serverProblems().addListener((ListChangeListener<Problem>) c -> refresh());
        onCatalogChanged();
    }

    @Override
    public StepId stepId() {
        return StepId.SERVICE;
    }

    /** The catalog's services; empty while the catalog is not loaded. */
    public ObservableList<ServiceOffering> services() {
        return servicesView;
    }

    public ReadOnlyBooleanProperty catalogLoadedProperty() {
        return catalogLoaded.getReadOnlyProperty();
    }

    public boolean isCatalogLoaded() {
        return catalogLoaded.get();
    }

    /** The chosen service, or null. */
    public ReadOnlyObjectProperty<ServiceOffering> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ServiceOffering getSelected() {
        return selected.get();
    }

    /** Every problem of this page's field, the server's included. */
    public ObservableList<Problem> problems() {
        return problems.all();
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return problems.validProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() {
        return problems.blockingProblemProperty();
    }

    /**
     * Whether the page itself shows {@code problem}: "still loading" has its own message and "choose
     * a service" is the reason shown beside Next, so neither is repeated under the cards.
     */
    public static boolean showsInline(Problem problem) {
        return !CATALOG_LOADING.equals(problem.code()) && !SERVICE_REQUIRED.equals(problem.code());
    }

    /** The user chose {@code service}; fills empty later choices with the service's defaults. */
    public void select(ServiceOffering service) {
        if (service == null || service.id().equals(state.serviceIdProperty().get())) {
            return;
        }
        state.serverProblems().removeIf(p -> FIELD.equals(p.field()));
        state.serviceIdProperty().set(service.id());
        String policy = state.maxmemoryPolicyProperty().get();
        if ((policy == null || policy.isBlank()) && service.defaultMaxmemoryPolicy() != null) {
            state.maxmemoryPolicyProperty().set(service.defaultMaxmemoryPolicy());
        }
        if (state.storageGbProperty().get() == null && service.storage() != null) {
            state.storageGbProperty().set(service.storage().minGb());
        }
        LOG.debug("Service {} chosen", service.id());
    }

    /** Entering the page again after the order was discarded or placed chooses the only service again. */
    @Override
    public void onEnter() {
        preselectTheOnlyService();
    }

    private void onCatalogChanged() {
        Catalog catalog = state.catalogProperty().get();
        catalogLoaded.set(catalog != null);
        services.setAll(catalog == null ? List.of() : catalog.services());
        preselectTheOnlyService();
        refresh();
    }

    private void preselectTheOnlyService() {
        Catalog catalog = state.catalogProperty().get();
        if (catalog != null && catalog.services().size() == 1 && state.serviceIdProperty().get() == null) {
            select(catalog.services().get(0));
        }
    }

    private void refresh() {
        selected.set(state.service().orElse(null));
        List<Problem> found = new ArrayList<>();
        String id = state.serviceIdProperty().get();
        if (state.catalogProperty().get() == null) {
            found.add(Problem.error(FIELD, CATALOG_LOADING));
        } else if (services.isEmpty()) {
            found.add(Problem.error(FIELD, NO_SERVICES));
        } else if (id == null || id.isBlank()) {
            found.add(Problem.error(FIELD, SERVICE_REQUIRED));
        } else if (selected.get() == null) {
            found.add(Problem.error(FIELD, SERVICE_UNKNOWN, id, String.join(", ",
                    services.stream().map(ServiceOffering::id).toList())));
        }
        state.serverProblems().stream().filter(p -> FIELD.equals(p.field())).forEach(found::add);
        problems.set(found);
    }
}
