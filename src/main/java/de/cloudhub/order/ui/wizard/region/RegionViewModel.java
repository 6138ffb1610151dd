package de.cloudhub.order.ui.wizard.region;

import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.ordering.FieldSteps;
import de.cloudhub.order.ui.ordering.OrderStateChanges;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.ordering.ServerProblems;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Step 5: the region the cache runs in, from the chosen service's regions in the catalog. */
public final class RegionViewModel implements StepViewModel {
    /** The provider's documentation of regions and availability zones (the one place it is kept). */
    public static final String REGION_DOCS_URL = "https://docs.plusserver.com/en/";

    private final OrderState state;
    private final LinkOpener links;
    private final ObservableList<Region> regions = FXCollections.observableArrayList();
    private final ObservableList<Region> readOnlyRegions = FXCollections.unmodifiableObservableList(regions);
    private final ReadOnlyObjectWrapper<Region> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Problem> regionProblem = new ReadOnlyObjectWrapper<>(this, "regionProblem");
    private final PageProblems problems = new PageProblems();

    public RegionViewModel(OrderState state, LinkOpener links) {
        this.state = Objects.requireNonNull(state);
        this.links = Objects.requireNonNull(links);
        ServerProblems.clearWhenEdited(state, state.regionProperty(), "region");
        OrderStateChanges.observe(state, this::refresh);
        refresh();
    }

    private void refresh() {
        List<Region> available = state.service().map(ServiceOffering::regions).orElse(List.of());
        if (!regions.equals(available)) {
            regions.setAll(available);
        }
        String id = state.regionProperty().get();
        selected.set(available.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));

        List<Problem> found = new ArrayList<>(ServerProblems.within(state, "region"));
        if (state.catalogProperty().get() != null) {
            OrderValidator.validate(state.toDraft(), state.catalogProperty().get(), null).stream()
                    .filter(p -> FieldSteps.isWithin(p.field(), "region"))
                    .forEach(found::add);
        }
        if (id == null && found.stream().noneMatch(Problem::isError)) {
            found.add(Problem.error("region", "checkout.region.required"));
        }
        problems.set(found);
        regionProblem.set(found.stream().filter(Problem::isError).findFirst().orElse(null));
    }

    /** Chooses a region of the list. */
    public void select(Region region) {
        state.regionProperty().set(region == null ? null : region.id());
    }

    public void openDocumentation() {
        links.open(REGION_DOCS_URL);
    }

    /** True when {@code problem} came back from the server (shown with the server's wording). */
    public boolean isServerProblem(Problem problem) {
        return state.serverProblems().contains(problem);
    }

    public ObservableList<Region> regions() { return readOnlyRegions; }
    public ReadOnlyObjectProperty<Region> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> regionProblemProperty() { return regionProblem.getReadOnlyProperty(); }

    @Override
    public StepId stepId() { return StepId.REGION; }

    @Override
    public ReadOnlyBooleanProperty validProperty() { return problems.validProperty(); }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return problems.blockingProblemProperty(); }
}
