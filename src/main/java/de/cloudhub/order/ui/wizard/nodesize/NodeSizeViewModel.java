package de.cloudhub.order.ui.wizard.nodesize;

import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.NodeSizeId;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node-size step: the chosen service's node sizes grouped by series, and the advanced
 * {@code maxmemory-policy}.
 */
public final class NodeSizeViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(NodeSizeViewModel.class);
    static final String FIELD = "nodeSize";
    static final String POLICY_FIELD = "maxmemoryPolicy";
    /** The provider's series in the order it presents them: Basic, All-purpose, RAM-optimised. */
    private static final List<String> SERIES_ORDER = List.of("b", "a", "r");

    private final OrderState state;
    private final ObservableList<SeriesGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<String> policies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NodeSize> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper policy = new ReadOnlyStringWrapper(this, "policy");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency");
    private final PageProblems problems = new PageProblems();
    private final ObservableList<SeriesGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<String> policiesView = FXCollections.unmodifiableObservableList(policies);

    public NodeSizeViewModel(OrderState state) {
        this.state = Objects.requireNonNull(state);
        Observable[] inputs = {state.catalogProperty(), state.serviceIdProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> onServiceChanged());
        }
        state.nodeSizeProperty().addListener(o -> refresh());
        state.maxmemoryPolicyProperty().addListener(o -> refresh());
        state.serverProblems().addListener((ListChangeListener<Problem>) c -> refresh());
        onServiceChanged();
    }

    @Override
    public StepId stepId() {
        return StepId.NODE_SIZE;
    }

    /** The node sizes by series: Basic, All-purpose, RAM-optimised, then any other series. */
    public ObservableList<SeriesGroup> groups() {
        return groupsView;
    }

    /** The maxmemory policies the service offers. */
    public ObservableList<String> policies() {
        return policiesView;
    }

    public ReadOnlyObjectProperty<NodeSize> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public NodeSize getSelected() {
        return selected.get();
    }

    public ReadOnlyStringProperty policyProperty() {
        return policy.getReadOnlyProperty();
    }

    public String getPolicy() {
        return policy.get();
    }

    /** The catalog's currency, for the prices. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public String getCurrency() {
        return currency.get();
    }

    public ObservableList<Problem> problems() {
        return problems.all();
    }

    /**
     * Whether the page shows {@code problem} inline. While nothing is chosen, "choose a node size"
     * is only the reason beside Next, not a red line under tiles the user has not touched.
     */
    public boolean showsInline(Problem problem) {
        boolean fromServer = state.serverProblems().contains(problem);
        return fromServer || !FIELD.equals(problem.field()) || state.nodeSizeProperty().get() != null;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return problems.validProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() {
        return problems.blockingProblemProperty();
    }

    @Override
    public void onEnter() {
        fillDefaultPolicy();
    }

    public void select(NodeSize size) {
        if (size == null || size.id().equals(state.nodeSizeProperty().get())) {
            return;
        }
        state.serverProblems().removeIf(p -> FIELD.equals(p.field()));
        state.nodeSizeProperty().set(size.id());
        LOG.debug("Node size {} chosen", size.id());
    }

    public void selectPolicy(String value) {
        if (value == null || value.equals(state.maxmemoryPolicyProperty().get())) {
            return;
        }
        state.serverProblems().removeIf(p -> POLICY_FIELD.equals(p.field()));
        state.maxmemoryPolicyProperty().set(value);
    }

    private Optional<ServiceOffering> service() {
        return state.service();
    }

    private void onServiceChanged() {
        Optional<ServiceOffering> service = service();
        currency.set(state.currency());
        groups.setAll(service.map(NodeSizeViewModel::group).orElse(List.of()));
        policies.setAll(service.map(ServiceOffering::maxmemoryPolicies).orElse(List.of()));
        fillDefaultPolicy();
        refresh();
    }

    private void fillDefaultPolicy() {
        String current = state.maxmemoryPolicyProperty().get();
        service().ifPresent(s -> {
            if ((current == null || current.isBlank()) && s.defaultMaxmemoryPolicy() != null) {
                state.maxmemoryPolicyProperty().set(s.defaultMaxmemoryPolicy());
            }
        });
    }

    static List<SeriesGroup> group(ServiceOffering service) {
        Map<String, List<NodeSize>> bySeries = new LinkedHashMap<>();
        SERIES_ORDER.forEach(s -> bySeries.put(s, new ArrayList<>()));
        for (NodeSize size : service.nodeSizes()) {
            bySeries.computeIfAbsent(size.series(), s -> new ArrayList<>()).add(size);
        }
        Comparator<NodeSize> smallestFirst = Comparator.comparingInt(NodeSize::vcpu).thenComparingInt(NodeSize::ramGb);
        return bySeries.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new SeriesGroup(e.getKey(), e.getValue().stream().sorted(smallestFirst).toList()))
                .toList();
    }

    private void refresh() {
        Optional<ServiceOffering> service = service();
        String id = state.nodeSizeProperty().get();
        selected.set(service.flatMap(s -> s.nodeSize(id)).orElse(null));
        policy.set(state.maxmemoryPolicyProperty().get());

        List<Problem> found = new ArrayList<>();
        if (service.isEmpty()) {
            found.add(Problem.error(FIELD, "choices.problem.service-first"));
        } else {
            found.addAll(NodeSizeId.validate(id, service.get()));
            found.addAll(OrderValidator.validateMaxmemoryPolicy(state.maxmemoryPolicyProperty().get(), service.get()));
        }
        state.serverProblems().stream()
                .filter(p -> FIELD.equals(p.field()) || POLICY_FIELD.equals(p.field()))
                .forEach(found::add);
        problems.set(found);
    }
}
