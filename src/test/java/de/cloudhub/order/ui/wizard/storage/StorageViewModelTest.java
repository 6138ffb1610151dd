package de.cloudhub.order.ui.wizard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.StorageRules;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void textThatIsNoNumberAfterAnOffGridValueShowsOnlyItsOwnProblem() {
        StorageViewModel vm = withService();
        vm.commitText("75");

        vm.commitText("abc");

        assertThat(vm.problems()).containsExactly(Problem.error("storageGb", StorageViewModel.NOT_A_NUMBER, "abc"));
    }

    @Test
    void anEmptyFieldAfterATooLargeValueAsksForTheStorageOnly() {
        StorageViewModel vm = withService();
        vm.commitText("1000");

        vm.commitText("");

        assertThat(vm.problems()).containsExactly(Problem.error("storageGb", StorageRules.REQUIRED));
    }

    @Test
    void aNegativeValueIsANumberBelowTheMinimum() {
        StorageViewModel vm = withService();

        vm.commitText("-50");

        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(StorageRules.BELOW_MIN);
            assertThat(p.arguments()).first().isEqualTo(-50);
        });
    }

    @Test
    void aValueWithDecimalsIsExplainedAsNotWhole() {
        StorageViewModel vm = withService();

        vm.commitText("150,0");

        assertThat(vm.problems()).containsExactly(Problem.error("storageGb", StorageViewModel.NOT_WHOLE, "150,0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-50", "1e2", "150,0", "abc", ""})
    void aValueThatIsNotValidHasNoPriceAndNoEstimate(String typed) {
        StorageViewModel vm = withService();
        vm.commitText("150");
        assertThat(vm.monthlyPriceProperty().get()).isNotNull();
        assertThat(state.storageOrderableProperty().get()).isTrue();

        vm.commitText(typed);

        assertThat(vm.monthlyPriceProperty().get()).isNull();
        assertThat(state.storageOrderableProperty().get()).isFalse();
    }

    @Test
    void aRestoredOrderForgetsTextThatWasNoNumber() {
        StorageViewModel vm = withService();
        vm.commitText("150");
        vm.commitText("lots");

        state.loadDraft(state.toDraft());

        assertThat(vm.getPendingText()).isNull();
        assertThat(state.storageOrderableProperty().get()).isTrue();
        assertThat(vm.validProperty().get()).isTrue();
    }
}
