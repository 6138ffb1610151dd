package de.cloudhub.order.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.StepId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The shell with the customer step of sales staff (issue 10, section 4): a step that only some orders have,
 * and that no later step can be reached before. Plain view-model, no toolkit.
 */
class WizardShellCustomerStepTest {
    /** The customer step: applies while {@code sales}, valid once {@code chosen}. */
    private static final class CustomerStep implements StepViewModel {
        final BooleanProperty sales = new SimpleBooleanProperty(true);
        final BooleanProperty chosen = new SimpleBooleanProperty();

        @Override public StepId stepId() { return StepId.CUSTOMER; }
        @Override public ReadOnlyBooleanProperty appliesProperty() { return sales; }
        @Override public boolean gatesLaterSteps() { return true; }
        @Override public ReadOnlyBooleanProperty validProperty() { return chosen; }
        @Override public ReadOnlyObjectProperty<Problem> blockingProblemProperty() {
            return new SimpleObjectProperty<>(Problem.error("customerId", "checkout.billing.customer-required"));
        }
    }

    private final CustomerStep customer = new CustomerStep();
    private final List<TestStep> others = Arrays.stream(StepId.values()).filter(id -> id != StepId.CUSTOMER)
            .map(id -> new TestStep(id, "ok")).toList();

    private WizardShellViewModel shell() {
        List<WizardPage> pages = new ArrayList<>();
        pages.add(new WizardPage(customer, i18n -> null));
        others.forEach(step -> pages.add(step.page()));
        return new WizardShellViewModel(pages, new OrderState());
    }

    private static StepId current(WizardShellViewModel vm) {
        return vm.getCurrentPage().id();
    }

    @Test
    void forSalesTheCustomerStepComesFirstAndNothingElseIsReachableBeforeACustomerIsChosen() {
        WizardShellViewModel vm = shell();
        vm.start();

        assertThat(current(vm)).isEqualTo(StepId.CUSTOMER);
        assertThat(vm.canGoNextProperty().get()).isFalse();
        assertThat(vm.canGoBackProperty().get()).isFalse();
        assertThat(vm.stepStates().subList(1, vm.stepStates().size())).containsOnly(StepState.NOT_REACHED);
        for (int i = 1; i < vm.pages().size(); i++) {
            assertThat(vm.canJumpTo(i)).as("step %d", i).isFalse();
        }
        vm.next();
        assertThat(current(vm)).isEqualTo(StepId.CUSTOMER);
        vm.goTo(StepId.BILLING);
        assertThat(current(vm)).isEqualTo(StepId.CUSTOMER);

        customer.chosen.set(true);
        vm.next();
        assertThat(current(vm)).isEqualTo(StepId.SERVICE);
        assertThat(vm.canJumpTo(0)).isTrue();
        assertThat(vm.hasInput()).isTrue();
    }

    @Test
    void aSalesDraftWithoutItsCustomerOpensOnTheCustomerStepWhateverPageItWasOn() {
        WizardShellViewModel vm = shell();

        vm.resumeAt(StepId.BILLING);

        assertThat(current(vm)).isEqualTo(StepId.CUSTOMER);
        assertThat(vm.canJumpTo(vm.pages().size() - 1)).isFalse();
    }

    @Test
    void aSalesDraftWithItsCustomerOpensOnThePageItWasOn() {
        customer.chosen.set(true);
        WizardShellViewModel vm = shell();

        vm.resumeAt(StepId.BILLING);

        assertThat(current(vm)).isEqualTo(StepId.BILLING);
    }

    @Test
    void forACustomerTheStepDoesNotExist() {
        customer.sales.set(false);
        WizardShellViewModel vm = shell();
        vm.start();

        assertThat(current(vm)).isEqualTo(StepId.SERVICE);
        assertThat(vm.stepStates().get(0)).isEqualTo(StepState.NOT_APPLICABLE);
        assertThat(vm.canGoBackProperty().get()).isFalse();
        assertThat(vm.canJumpTo(0)).isFalse();
        assertThat(vm.hasInput()).isFalse();
        assertThat(vm.applyingPages()).extracting(WizardPage::id).doesNotContain(StepId.CUSTOMER);
        vm.next();
        vm.back();
        assertThat(current(vm)).isEqualTo(StepId.SERVICE);
        // a stored draft of another kind that was on the customer step opens where input is needed
        vm.resumeAt(StepId.CUSTOMER);
        assertThat(current(vm)).isEqualTo(StepId.SUMMARY);
    }

    @Test
    void whenTheUserTurnsOutToBeSalesTheWizardMovesToTheCustomerStep() {
        customer.sales.set(false);
        WizardShellViewModel vm = shell();
        vm.start();
        vm.next();
        assertThat(current(vm)).isEqualTo(StepId.NODE_SIZE);

        customer.sales.set(true);

        assertThat(current(vm)).isEqualTo(StepId.CUSTOMER);
        assertThat(vm.stepStates().get(2)).isEqualTo(StepState.NOT_REACHED);
    }

    @Test
    void aCustomerThatStopsToHoldOnALaterPageBringsThePersonBackToTheCustomerStep() {
        customer.chosen.set(true);
        WizardShellViewModel vm = shell();
        vm.resumeAt(StepId.BILLING);
        assertThat(current(vm)).isEqualTo(StepId.BILLING);

        // the draft's customer was found to be one this account cannot use, and left out
        customer.chosen.set(false);

        assertThat(current(vm)).isEqualTo(StepId.CUSTOMER);
        assertThat(vm.canJumpTo(vm.pages().size() - 1)).isFalse();
    }
}
