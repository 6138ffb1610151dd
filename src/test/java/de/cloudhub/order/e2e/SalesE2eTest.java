package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.CustomerChoice;
import de.cloudhub.order.ui.status.OrderRow;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Sales staff order for a customer (issue 10, section 4), in the real window with the {@code demo-sales}
 * token against the embedded sandbox: the customer step first and nothing before it, the search, the billing
 * of that customer, the customer named wherever the order shows, the question before "Add my address", and a
 * change of the customer that clears the billing choice with a notice.
 */
class SalesE2eTest extends AppTestBase {
    private static final String MUSTER = "Ordering for Muster GmbH (K-100231)";

    private void startAsSales() throws Exception {
        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--demo-user", "sales", "--locale", "en",
                "--data-dir", dataDir.toString());
        waitForPage("page-customer");
    }

    @SuppressWarnings("unchecked")
    private ListView<CustomerRef> customerList() {
        return node("#customer-choice", ListView.class);
    }

    private void search(String query) {
        pasteInto("#customer-search", query);
        type(KeyCode.ENTER);
        ListView<CustomerRef> list = customerList();
        waitFor("the customers found for " + query, () -> !list.getItems().isEmpty()
                && list.getItems().stream().allMatch(c -> c.name().toLowerCase().contains(query.toLowerCase())
                        || c.number().contains(query)));
    }

    /** Searches {@code query} and takes the first customer found with the keyboard (Down). */
    private void chooseCustomer(String query) {
        search(query);
        type(KeyCode.DOWN);
        waitFor("a customer chosen", () -> text("#customer-selected").startsWith("Ordering for"));
    }

    private Window waitForDialog() {
        waitFor("a dialog", () -> !dialogs().isEmpty());
        return dialogs().get(0);
    }

    private void answer(Window dialog, String buttonText) {
        Button button = from(dialog.getScene().getRoot()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> buttonText.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + buttonText + " in the dialog"));
        click(button);
        waitFor("the dialog closed", () -> !dialog.isShowing());
    }

    @Test
    void aSalespersonChoosesTheCustomerFirstAndSeesForWhomEverywhereTheOrderShows() throws Exception {
        startAsSales();
        sandbox.control("{\"durations\": {\"newMillis\": 400, \"processingMillis\": 60000}}");

        // nothing but the customer before a customer is chosen
        assertThat(nextButton().isDisabled()).isTrue();
        assertThat(node("#step-service", Button.class).isDisabled()).isTrue();
        assertThat(node("#step-summary", Button.class).isDisabled()).isTrue();
        assertThat(find("#ordering-for")).isEmpty();

        search("K-100342");
        assertThat(customerList().getItems()).extracting(CustomerRef::name).containsExactly("Beispiel AG");
        chooseCustomer("muster");
        assertThat(text("#customer-selected")).isEqualTo(MUSTER);
        assertThat(text("#ordering-for")).isEqualTo(MUSTER);

        next("page-service");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        typeStorage("100");
        next("page-trusted-sources");

        // the address found is the salesperson's own: asked first, and Cancel adds nothing
        click("#add-my-address");
        Window question = waitForDialog();
        assertThat(visibleTexts(question.getScene().getRoot())).anyMatch(t -> t.contains("yours, not the customer’s"));
        answer(question, "Cancel");
        assertThat(trustedSourceRows()).isZero();
        click("#add-my-address");
        answer(waitForDialog(), "Add my address");
        waitFor("the address added", () -> trustedSourceRows() == 1);

        next("page-region");
        chooseRegion("DE-NORTH");
        next("page-billing");

        // only that customer's profiles
        assertThat(text("#billing-customer")).contains("Muster GmbH (K-100231)");
        @SuppressWarnings("unchecked")
        ListView<BillingProfile> profiles = node("#billing-profile-choice", ListView.class);
        waitFor("the profiles", () -> !profiles.getItems().isEmpty());
        assertThat(profiles.getItems()).extracting(BillingProfile::id).containsExactly("bp-1001-1", "bp-1001-2");
        chooseExistingProfile(0);
        next("page-summary");

        assertThat(text("#order-for-customer")).isEqualTo(MUSTER);
        assertThat(String.join(" ", visibleTexts(node("#summary-billing", Node.class)))).contains(MUSTER);
        assertThat(text("#terms-on-behalf")).contains("on behalf of Muster GmbH (K-100231)");
        assertThat(text("#ordering-for")).isEqualTo(MUSTER);

        tickTermsAndOrder();
        waitForStatusView();
        assertThat(text("#status-customer")).isEqualTo(MUSTER);
        assertThat(find("#ordering-for")).as("the header names the customer only in the wizard").isEmpty();
        Label notice = node(".notification-text", Label.class);
        assertThat(notice.getText()).contains("for Muster GmbH (K-100231)");

        // another customer's order, placed meanwhile: the overview names both and filters by customer
        placeOrderFor("c-1002", "bp-1002-1");
        click("#orders");
        @SuppressWarnings("unchecked")
        TableView<OrderRow> table = node("#orders-table", TableView.class);
        waitFor("both orders listed", () -> table.getItems().size() == 2
                && table.getItems().stream().noneMatch(r -> r.customer().startsWith("c-")));
        assertThat(table.getColumns().stream().filter(c -> "column-customer".equals(c.getId())).findFirst()
                .orElseThrow().isVisible()).isTrue();
        assertThat(table.getItems()).extracting(OrderRow::customer)
                .containsExactlyInAnyOrder("Muster GmbH (K-100231)", "Beispiel AG (K-100342)");
        @SuppressWarnings("unchecked")
        ComboBox<CustomerChoice> filter = node("#customer-filter", ComboBox.class);
        assertThat(filter.getItems()).extracting(CustomerChoice::label)
                .containsExactly("All customers", "Beispiel AG (K-100342)", "Muster GmbH (K-100231)");
        interact(() -> filter.getSelectionModel().select(1));
        waitFor("only Beispiel AG's order", () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).customer()).isEqualTo("Beispiel AG (K-100342)");
    }

    /** An order for another customer through the API with the sales token (as a colleague would place it). */
    private void placeOrderFor(String customerId, String profileId) {
        URI base = URI.create("http://127.0.0.1:" + port + "/api/v1");
        try (ApiClient api = new ApiClient(ApiConfig.defaults(base, SandboxDemo.SALES_TOKEN, "test"))) {
            api.placeOrder(SandboxDemo.validOrder(api.catalog(), api.terms().version(), profileId, customerId),
                    UUID.randomUUID());
        }
    }

    @Test
    void changingTheCustomerMidOrderKeepsTheChoicesAndClearsTheBillingWithANotice() throws Exception {
        startAsSales();
        chooseCustomer("muster");
        next("page-service");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        typeStorage("100");
        next("page-trusted-sources");
        addTrustedSource("81.173.12.34");
        next("page-region");
        chooseRegion("DE-NORTH");
        next("page-billing");
        chooseExistingProfile(0);

        click("#step-customer");
        waitForPage("page-customer");
        chooseCustomer("Beispiel");
        assertThat(text("#ordering-for")).isEqualTo("Ordering for Beispiel AG (K-100342)");
        assertThat(text("#customer-change-notice")).isEqualTo(
                "The billing choice was cleared because the customer changed. Choose one of the new customer’s"
                        + " billing profiles or enter a new one.");

        click("#step-billing");
        waitForPage("page-billing");
        assertThat(text("#billing-cleared-notice")).startsWith("The billing choice was cleared because the customer changed.");
        @SuppressWarnings("unchecked")
        ListView<BillingProfile> profiles = node("#billing-profile-choice", ListView.class);
        waitFor("Beispiel AG's profiles", () -> !profiles.getItems().isEmpty()
                && profiles.getItems().stream().allMatch(p -> p.id().startsWith("bp-1002-")));
        assertThat(profiles.getSelectionModel().getSelectedItem()).isNull();
        assertThat(nextButton().isDisabled()).isTrue();
        // what does not depend on the customer stays
        assertThat(node("#step-region", Button.class).isDisabled()).isFalse();
        chooseExistingProfile(0);
        waitFor("the notice gone", () -> find("#billing-cleared-notice").isEmpty());
        next("page-summary");
        assertThat(text("#order-for-customer")).isEqualTo("Ordering for Beispiel AG (K-100342)");
        assertThat(String.join(" ", visibleTexts(node("#summary-trusted-sources", Node.class)))).contains("81.173.12.34");
    }
}
