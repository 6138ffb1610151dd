package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** A failed order's status view: what was ordered, in full, and "Order again with these settings". */
class OrderAgainE2eTest extends AppTestBase {
    @Test
    void whatWasOrderedListsTheTrustedSourcesTheBillingProfileAndTheReference() throws Exception {
        placeAFailingOrder(200);

        assertThat(text("#fact-trusted-sources")).contains("81.173.12.34");
        assertThat(text("#fact-billing")).startsWith("Billing profile bp-");
        assertThat(text("#fact-reference")).isNotBlank();
    }

    @Test
    void orderingAgainOpensTheSummaryFilledWithTheFailedOrdersSettingsAndTheTermsToAcceptAgain() throws Exception {
        placeAFailingOrder(200);

        click("#order-again");

        waitForPage("page-summary");
        assertThat(String.join(" ", visibleTexts(node("#page-summary", javafx.scene.Node.class))))
                .contains("a2-8").contains("100 GB").contains("81.173.12.34");
        assertThat(node("#terms-checkbox", CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void theOrderPlacedAgainIsANewOrder() throws Exception {
        String failed = placeAFailingOrder(200);
        click("#order-again");
        waitForPage("page-summary");

        tickTermsAndOrder();

        assertThat(waitForStatusView()).isNotEqualTo(failed);
    }
}
