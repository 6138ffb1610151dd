package de.cloudhub.order.ui.wizard.customer;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.billing.BillingPage;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sales order whose customer is known by its id alone (a draft reopened offline, a customer never seen here):
 * the customer step and billing still say for whom the order is, by the id, never "no customer chosen".
 */
@ExtendWith(ApplicationExtension.class)
class CustomerKnownByIdFxTest {
    private final CheckoutSandbox sandbox = new CheckoutSandbox();
    private final ApiClient online = sandbox.client(SandboxDemo.SALES_TOKEN);
    private final ApiClient unreachable = PageHarness.unreachableApi();
    private final MemoryBillingCache cache = new MemoryBillingCache(Clock.systemUTC());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        online.close();
        unreachable.close();
        sandbox.close();
    }

    private OrderState salesOrderFor(String customerId) {
        OrderState state = sandbox.loadedState(online);
        state.customerIdProperty().set(customerId);
        return state;
    }

    private Node show(FxRobot robot, java.util.function.Function<de.cloudhub.order.ui.wizard.OrderSession, WizardPage> page,
                      OrderState state) {
        Node[] view = new Node[1];
        robot.interact(() -> {
            WizardPage shown = page.apply(PageHarness.context(state, unreachable, new DirectTaskRunner(), cache));
            view[0] = PageHarness.show(stage, shown, Locale.ENGLISH);
            shown.viewModel().onEnter();
        });
        return view[0];
    }

    @Test
    void theCustomerStepNamesTheCustomerByIdWhileItsNameIsNotKnown(FxRobot robot) {
        OrderState state = salesOrderFor("c-1004");
        Node view = show(robot, CustomerPage::create, state);

        Label chosen = robot.from(view).lookup("#customer-selected").queryAs(Label.class);
        assertThat(state.customerProperty().get()).as("offline: the name is not known").isNull();
        assertThat(chosen.getText()).isEqualTo("Ordering for c-1004");
    }

    @Test
    void billingSaysWhoseProfilesByIdWhileTheNameIsNotKnown(FxRobot robot) {
        OrderState state = salesOrderFor("c-1004");
        Node view = show(robot, BillingPage::create, state);

        Label forWhom = robot.from(view).lookup("#billing-customer").queryAs(Label.class);
        assertThat(forWhom.isVisible()).isTrue();
        assertThat(forWhom.getText()).isEqualTo("Billing profiles of c-1004");
    }
}
