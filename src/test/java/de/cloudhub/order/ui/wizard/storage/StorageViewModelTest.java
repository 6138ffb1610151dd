package de.cloudhub.order.ui.wizard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StorageViewModelTest {
    private final OrderState state = new OrderState();

    private StorageViewModel withService() {
        state.catalogProperty().set(TestCatalogs.single());
        state.serviceIdProperty().set(TestCatalogs.VALKEY);
        return new StorageViewModel(state);
    }

    @Test
    void offersTheCatalogsRange() {
        StorageViewModel vm = withService();

        assertThat(vm.getOptions().minGb()).isEqualTo(50);
        assertThat(vm.getOptions().maxGb()).isEqualTo(500);
        assertThat(vm.getOptions().stepGb()).isEqualTo(50);
    }

    @Test
    void enteringFillsTheMinimumWhenEmpty() {
        StorageViewModel vm = withService();

        vm.onEnter();

        assertThat(state.storageGbProperty().get()).isEqualTo(50);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void anOffGridSizeIsNotOrderableSoThePriceBoxShowsNoEstimate() {
        StorageViewModel vm = withService();

        vm.commitText("120");
        assertThat(state.storageOrderableProperty().get()).isFalse();

        vm.commitText("150");
        assertThat(state.storageOrderableProperty().get()).isTrue();
    }

    @Test
    void typedValueOnTheGridIsStored() {
        StorageViewModel vm = withService();

        Integer shown = vm.commitText(" 250 ");

        assertThat(shown).isEqualTo(250);
        assertThat(state.storageGbProperty().get()).isEqualTo(250);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void typedValueOffTheGridIsKeptAndExplainedWithNearestValues() {
        StorageViewModel vm = withService();

        vm.commitText("120");

        assertThat(state.storageGbProperty().get()).isEqualTo(120);
        assertThat(vm.validProperty().get()).isFalse();
        Problem blocking = vm.blockingProblemProperty().get();
        assertThat(blocking.field()).isEqualTo("storageGb");
        assertThat(blocking.arguments()).contains(100, 150);
    }

    @Test
    void typedValueWithUnitIsUnderstood() {
        StorageViewModel vm = withService();

        vm.commitText("300 GB");

        assertThat(state.storageGbProperty().get()).isEqualTo(300);
    }

    @Test
    void garbageIsRefusedWithAProblemAndTheOrderKeepsItsValue() {
        StorageViewModel vm = withService();
        vm.commitText("200");

        Integer shown = vm.commitText("lots");

        assertThat(shown).isEqualTo(200);
        assertThat(state.storageGbProperty().get()).isEqualTo(200);
        assertThat(vm.getPendingText()).isEqualTo("lots");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get())
                .isEqualTo(Problem.error("storageGb", StorageViewModel.NOT_A_NUMBER, "lots"));
    }

    @Test
    void aValidNumberAfterGarbageClearsTheProblem() {
        StorageViewModel vm = withService();
        vm.commitText("lots");

        vm.commitText("100");

        assertThat(vm.getPendingText()).isNull();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void stepsMoveAlongTheGridFromAnOffGridValue() {
        StorageViewModel vm = withService();
        vm.commitText("120");

        vm.step(1);
        assertThat(state.storageGbProperty().get()).isEqualTo(150);

        vm.commitText("120");
        vm.step(-1);
        assertThat(state.storageGbProperty().get()).isEqualTo(100);
    }

    @Test
    void stepsStopAtTheEnds() {
        StorageViewModel vm = withService();
        vm.commitText("500");

        vm.step(1);
        assertThat(state.storageGbProperty().get()).isEqualTo(500);

        vm.commitText("50");
        vm.step(-1);
        assertThat(state.storageGbProperty().get()).isEqualTo(50);
    }

    @Test
    void sliderSnapsToTheGrid() {
        StorageViewModel vm = withService();
        vm.onEnter();

        vm.setFromSlider(232.4);

        assertThat(state.storageGbProperty().get()).isEqualTo(250);
    }

    @Test
    void sliderShowingTheTypedValueDoesNotSnapIt() {
        StorageViewModel vm = withService();
        vm.commitText("120");

        vm.setFromSlider(120.0);

        assertThat(state.storageGbProperty().get()).isEqualTo(120);
    }

    @Test
    void sliderClampedToItsMaximumDoesNotChangeALargerTypedValue() {
        StorageViewModel vm = withService();
        vm.commitText("600");

        vm.setFromSlider(StorageViewModel.sliderPosition(600, vm.getOptions()));

        assertThat(state.storageGbProperty().get()).isEqualTo(600);
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void priceIsTheStoragesMonthlyNet() {
        StorageViewModel vm = withService();

        vm.commitText("200");

        assertThat(vm.monthlyPriceProperty().get()).isEqualByComparingTo(new BigDecimal("20.00"));
        assertThat(vm.getCurrency()).isEqualTo("EUR");
    }

    @Test
    void serverProblemShowsUntilTheUserChangesTheStorage() {
        StorageViewModel vm = withService();
        vm.commitText("200");
        Problem server = Problem.error("storageGb", "storage.aboveMax", 200, 50, 150);
        state.serverProblems().add(server);
        assertThat(vm.problems()).contains(server);

        vm.step(-1);

        assertThat(vm.problems()).doesNotContain(server);
        assertThat(state.serverProblems()).isEmpty();
    }
}
