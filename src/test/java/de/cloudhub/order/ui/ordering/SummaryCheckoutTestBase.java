package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The summary's tests without the toolkit: each starts on {@link CheckoutSandbox#checkout(int)} with the
 * summary's view-model entered as the wizard shell enters it (tasks run at once), and closes it after.
 */
public abstract class SummaryCheckoutTestBase {
    protected CheckoutSandbox sandbox;
    protected ApiClient api;
    protected OrderState state;
    protected SummaryViewModel vm;
    private CheckoutSandbox.Checkout checkout;
    private final int attempts;
    private final boolean termsAccepted;

    /** {@code attempts} tries for the client; {@code termsAccepted}: the checkbox ticked before each test. */
    protected SummaryCheckoutTestBase(int attempts, boolean termsAccepted) {
        this.attempts = attempts;
        this.termsAccepted = termsAccepted;
    }

    @BeforeEach
    void openCheckout() {
        checkout = CheckoutSandbox.checkout(attempts);
        sandbox = checkout.sandbox();
        api = checkout.api();
        state = checkout.state();
        vm = checkout.enteredSummary();
        if (termsAccepted) {
            state.termsAcceptedProperty().set(true);
        }
    }

    @AfterEach
    void closeCheckout() {
        checkout.close();
    }
}
