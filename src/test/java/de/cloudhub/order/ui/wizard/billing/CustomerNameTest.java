package de.cloudhub.order.ui.wizard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.customer.CustomerPage;
import de.cloudhub.order.ui.wizard.customer.CustomerViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The draft carries the name of the customer it is for, so the drafts list shows a name and not an id. */
class CustomerNameTest {
    private final CheckoutSandbox sandbox = new CheckoutSandbox();
    private ApiClient api;

    @AfterEach
    void tearDown() {
        api.close();
        sandbox.close();
    }

    @Test
    void theCustomerSalesChoseIsSavedWithItsName() {
        api = sandbox.client(SandboxDemo.SALES_TOKEN);
        OrderSession session = sandbox.context(sandbox.loadedState(api), api);
        WizardPage page = CustomerPage.create(session);
        CustomerViewModel vm = (CustomerViewModel) page.viewModel();
        vm.onEnter();
        CustomerRef first = vm.customers().get(0);
        CustomerRef second = vm.customers().get(1);

        vm.select(first);
        assertThat(session.toRecord().customerName()).isEqualTo(first.name()).isNotEqualTo(first.id());
        vm.select(second);
        assertThat(session.toRecord().customerId()).isEqualTo(second.id());
        assertThat(session.toRecord().customerName()).isEqualTo(second.name());
    }

    @Test
    void aCustomersOwnDraftCarriesTheirName() {
        api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        OrderSession session = sandbox.context(sandbox.loadedState(api), api);
        BillingPage.create(session).viewModel().onEnter();

        assertThat(session.toRecord().customerName()).isEqualTo(api.me().customer().name()).isNotBlank();
    }
}
