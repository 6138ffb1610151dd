package de.cloudhub.order.ui.wizard.region;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.ui.wizard.OrderState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionViewModelTest {
    private CheckoutSandbox sandbox;
    private ApiClient api;
    private OrderState state;
    private RegionViewModel vm;

    @BeforeEach
    void setUp() {
        sandbox = new CheckoutSandbox();
        api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        state = sandbox.filledState(api);
        state.regionProperty().set(null);
        vm = new RegionViewModel(state, sandbox.openedLinks::add);
    }

    @AfterEach
    void tearDown() {
        api.close();
        sandbox.close();
    }

    @Test
    void listsTheRegionsOfTheCatalogWithLocationAndZones() {
        assertThat(vm.regions()).extracting(Region::id).containsExactly("DE-NORTH", "DE-WEST");
        assertThat(vm.regions().get(0).location()).isEqualTo("Hamburg");
        assertThat(vm.regions().get(0).availabilityZones()).containsExactly("DE-NORTH-1", "DE-NORTH-2");
    }

    @Test
    void withoutARegionThePageIsBlockedWithAReason() {
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("region");
    }

    @Test
    void selectingARegionSetsTheOrderAndUnblocks() {
        vm.select(vm.regions().get(1));
        assertThat(state.regionProperty().get()).isEqualTo("DE-WEST");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("DE-WEST");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void aServerProblemIsShownUntilTheRegionChanges() {
        vm.select(vm.regions().get(0));
        Problem refused = Problem.error("region", "region.unknown", "not available");
        state.serverProblems().add(refused);
        assertThat(vm.regionProblemProperty().get()).isEqualTo(refused);
        assertThat(vm.isServerProblem(refused)).isTrue();
        assertThat(vm.validProperty().get()).isFalse();
        vm.select(vm.regions().get(1));
        assertThat(state.serverProblems()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void documentationLinkOpensTheProvidersDocs() {
        vm.openDocumentation();
        assertThat(sandbox.openedLinks).containsExactly(RegionViewModel.REGION_DOCS_URL);
    }
}
