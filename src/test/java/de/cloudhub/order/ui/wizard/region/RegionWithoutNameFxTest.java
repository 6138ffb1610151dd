package de.cloudhub.order.ui.wizard.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** A catalog whose region has no name (a broken server's answer) still shows a card that can be chosen. */
class RegionWithoutNameFxTest extends CheckoutPageFxBase {
    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> {
            OrderState s = sandbox.filledState(api);
            s.catalogProperty().set(withoutRegionName(s.catalogProperty().get()));
            s.regionProperty().set(null);
            return s;
        }, RegionPage::create, Locale.GERMAN);
    }

    /** The catalog as a server would send it with {@code "name": null} on the second region, read as the client reads it. */
    private static Catalog withoutRegionName(Catalog catalog) {
        ObjectMapper json = ModelJson.newMapper();
        ObjectNode tree = json.valueToTree(catalog);
        ((ObjectNode) tree.withArray("services").get(0).withArray("regions").get(1)).putNull("name");
        return json.convertValue(tree, Catalog.class);
    }

    @Test
    void theRegionIsShownByItsIdAndCanBeChosen() {
        assertThat(lookup("#region-choice .choice-card").queryAll()).hasSize(2);
        assertThat(lookup("#region-DE-WEST .card-title").queryAs(Labeled.class).getText()).isEqualTo("DE-WEST");
        clickOn("#region-DE-WEST");
        assertThat(state.regionProperty().get()).isEqualTo("DE-WEST");
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }
}
