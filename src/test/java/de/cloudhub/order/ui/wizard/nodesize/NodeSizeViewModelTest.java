package de.cloudhub.order.ui.wizard.nodesize;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import org.junit.jupiter.api.Test;

class NodeSizeViewModelTest {
    private final OrderState state = new OrderState();

    private NodeSizeViewModel withService() {
        state.catalogProperty().set(TestCatalogs.single());
        state.serviceIdProperty().set(TestCatalogs.VALKEY);
        return new NodeSizeViewModel(state);
    }

    @Test
    void groupsSizesBySeriesInTheProvidersOrderSmallestFirst() {
        NodeSizeViewModel vm = withService();

        assertThat(vm.groups()).extracting(SeriesGroup::series).containsExactly("b", "a", "r");
        assertThat(vm.groups().get(2).sizes()).extracting(NodeSize::id).containsExactly("r2-16", "r4-32");
    }

    @Test
    void offersTheServicesPoliciesAndFillsTheDefault() {
        NodeSizeViewModel vm = withService();

        assertThat(vm.policies()).contains("volatile-lru", "noeviction");
        assertThat(vm.getPolicy()).isEqualTo("volatile-lru");
        assertThat(state.maxmemoryPolicyProperty().get()).isEqualTo("volatile-lru");
    }

    @Test
    void isBlockedUntilANodeSizeIsChosen() {
        NodeSizeViewModel vm = withService();

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("nodeSize");
    }

    @Test
    void choosingASizeStoresItAndUnblocks() {
        NodeSizeViewModel vm = withService();

        vm.select(vm.groups().get(1).sizes().get(0));

        assertThat(state.nodeSizeProperty().get()).isEqualTo("a2-8");
        assertThat(vm.getSelected().id()).isEqualTo("a2-8");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.blockingProblemProperty().get()).isNull();
    }

    @Test
    void sizeUnknownToTheServiceBlocks() {
        NodeSizeViewModel vm = withService();

        state.nodeSizeProperty().set("r64-512");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.getSelected()).isNull();
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("nodeSize");
    }

    @Test
    void choosingAPolicyStoresIt() {
        NodeSizeViewModel vm = withService();

        vm.selectPolicy("allkeys-lfu");

        assertThat(state.maxmemoryPolicyProperty().get()).isEqualTo("allkeys-lfu");
        assertThat(vm.getPolicy()).isEqualTo("allkeys-lfu");
    }

    @Test
    void policyNotOfferedBlocks() {
        NodeSizeViewModel vm = withService();
        vm.select(vm.groups().get(0).sizes().get(0));

        state.maxmemoryPolicyProperty().set("lru-everything");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("maxmemoryPolicy");
    }

    @Test
    void withoutServiceItAsksForOneFirst() {
        NodeSizeViewModel vm = new NodeSizeViewModel(state);

        assertThat(vm.groups()).isEmpty();
        assertThat(vm.blockingProblemProperty().get().code()).isEqualTo("choices.problem.service-first");
    }

    @Test
    void keepsTheChosenSizeWhenTheServiceStillOffersItAfterAChange() {
        state.catalogProperty().set(TestCatalogs.two());
        state.serviceIdProperty().set(TestCatalogs.VALKEY);
        NodeSizeViewModel vm = new NodeSizeViewModel(state);
        vm.select(vm.groups().get(0).sizes().get(1));

        state.serviceIdProperty().set(TestCatalogs.OTHER);

        assertThat(vm.getSelected().id()).isEqualTo("b2-4");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void serverProblemShowsUntilAnotherSizeIsChosen() {
        NodeSizeViewModel vm = withService();
        vm.select(vm.groups().get(0).sizes().get(0));
        Problem server = Problem.error("nodeSize", "nodeSize.unknown", "b1-2", "b2-4");
        state.serverProblems().add(server);

        assertThat(vm.problems()).contains(server);
        assertThat(vm.validProperty().get()).isFalse();

        vm.select(vm.groups().get(0).sizes().get(1));

        assertThat(vm.problems()).isEmpty();
        assertThat(state.serverProblems()).isEmpty();
    }
}
