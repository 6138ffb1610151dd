package de.cloudhub.order.ui.wizard.region;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.Locale;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

class RegionPageFxTest extends CheckoutPageFxBase {
    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> {
            OrderState s = sandbox.filledState(api);
            s.regionProperty().set(null);
            return s;
        }, RegionPage::create, Locale.GERMAN);
    }

    @Test
    void clickingACardSelectsThatRegion() {
        assertThat(lookup("#page-region").tryQuery()).isPresent();
        assertThat(lookup("#region-choice .choice-card").queryAll()).hasSize(2);
        clickOn("#region-DE-WEST");
        assertThat(state.regionProperty().get()).isEqualTo("DE-WEST");
        assertThat(lookup("#region-DE-WEST").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#region-DE-NORTH").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }

    @Test
    void documentationLinkOpensTheProvidersPage() {
        clickOn("#region-docs");
        assertThat(sandbox.openedLinks).containsExactly(RegionViewModel.REGION_DOCS_URL);
    }
}
