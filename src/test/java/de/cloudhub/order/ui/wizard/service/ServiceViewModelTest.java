package de.cloudhub.order.ui.wizard.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.wizard.OrderState;
import org.junit.jupiter.api.Test;

class ServiceViewModelTest {
    private final OrderState state = new OrderState();

    @Test
    void isBlockedWithLoadingReasonWhileCatalogIsMissing() {
        ServiceViewModel vm = new ServiceViewModel(state);

        assertThat(vm.isCatalogLoaded()).isFalse();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().code()).isEqualTo("choices.problem.catalog-loading");
    }

    @Test
    void preselectsTheOnlyServiceWhenCatalogArrives() {
        ServiceViewModel vm = new ServiceViewModel(state);

        state.catalogProperty().set(TestCatalogs.single());

        assertThat(state.serviceIdProperty().get()).isEqualTo(TestCatalogs.VALKEY);
        assertThat(vm.getSelected().id()).isEqualTo(TestCatalogs.VALKEY);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void preselectsTheOnlyServiceOfAnAlreadyLoadedCatalog() {
        state.catalogProperty().set(TestCatalogs.single());

        ServiceViewModel vm = new ServiceViewModel(state);

        assertThat(vm.getSelected().id()).isEqualTo(TestCatalogs.VALKEY);
    }

    @Test
    void choosesTheOnlyServiceAgainWhenThePageIsEnteredAfterTheOrderWasCleared() {
        state.catalogProperty().set(TestCatalogs.single());
        ServiceViewModel vm = new ServiceViewModel(state);
        state.clearChoices();

        vm.onEnter();

        assertThat(vm.getSelected().id()).isEqualTo(TestCatalogs.VALKEY);
        assertThat(state.storageGbProperty().get()).isNotNull();
    }

    @Test
    void leavesTheChoiceOpenWhenCatalogHasSeveralServices() {
        state.catalogProperty().set(TestCatalogs.two());
        ServiceViewModel vm = new ServiceViewModel(state);

        assertThat(vm.services()).hasSize(2);
        assertThat(vm.getSelected()).isNull();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().code()).isEqualTo("service.required");
    }

    @Test
    void selectingFillsEmptyPolicyAndStorageWithDefaults() {
        state.catalogProperty().set(TestCatalogs.two());
        ServiceViewModel vm = new ServiceViewModel(state);

        vm.select(vm.services().get(1));

        assertThat(state.serviceIdProperty().get()).isEqualTo(TestCatalogs.OTHER);
        assertThat(state.maxmemoryPolicyProperty().get()).isEqualTo("volatile-lru");
        assertThat(state.storageGbProperty().get()).isEqualTo(50);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void selectingKeepsPolicyAndStorageAlreadyChosen() {
        state.catalogProperty().set(TestCatalogs.two());
        state.maxmemoryPolicyProperty().set("allkeys-lru");
        state.storageGbProperty().set(200);
        ServiceViewModel vm = new ServiceViewModel(state);

        vm.select(vm.services().get(0));

        assertThat(state.maxmemoryPolicyProperty().get()).isEqualTo("allkeys-lru");
        assertThat(state.storageGbProperty().get()).isEqualTo(200);
    }

    @Test
    void choosingTheChosenServiceAgainKeepsTheServersProblem() {
        state.catalogProperty().set(TestCatalogs.two());
        ServiceViewModel vm = new ServiceViewModel(state);
        vm.select(vm.services().get(0));
        Problem server = Problem.error("serviceId", "service-unavailable");
        state.serverProblems().add(server);

        vm.select(vm.services().get(0));

        assertThat(vm.problems()).containsExactly(server);
    }

    @Test
    void unknownServiceIdBlocksWithItsName() {
        state.catalogProperty().set(TestCatalogs.two());
        state.serviceIdProperty().set("gone");
        ServiceViewModel vm = new ServiceViewModel(state);

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get()).isEqualTo(Problem.error("serviceId", "service.unknown", "gone", "valkey-8, valkey-8-ha"));
    }

    @Test
    void showsServerProblemOfTheServiceUntilTheUserChoosesAgain() {
        state.catalogProperty().set(TestCatalogs.two());
        ServiceViewModel vm = new ServiceViewModel(state);
        vm.select(vm.services().get(0));
        Problem server = Problem.error("serviceId", "service-unavailable");
        state.serverProblems().setAll(server, Problem.error("region", "region-full"));

        assertThat(vm.problems()).containsExactly(server);
        assertThat(vm.validProperty().get()).isFalse();

        vm.select(vm.services().get(1));

        assertThat(vm.problems()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(state.serverProblems()).extracting(Problem::field).containsExactly("region");
    }
    @Test
    void aCatalogWithoutServicesSaysSoOnThePage() {
        state.catalogProperty().set(new de.cloudhub.order.model.Catalog("v0", "EUR", java.math.BigDecimal.ZERO,
                java.util.List.of()));
        ServiceViewModel vm = new ServiceViewModel(state);

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().code()).isEqualTo("choices.problem.no-services");
        assertThat(ServiceViewModel.showsInline(vm.blockingProblemProperty().get())).isTrue();
    }
}
