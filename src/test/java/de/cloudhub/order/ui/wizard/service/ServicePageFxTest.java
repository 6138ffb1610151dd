package de.cloudhub.order.ui.wizard.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RawKeyScanner;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ServicePageFxTest extends ChoicesPageFxBase {
    ServicePageFxTest() {
        super(ServicePage::create);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private List<ToggleButton> cards(FxRobot robot) {
        return robot.lookup("#service-choice .service-card").queryAllAs(ToggleButton.class).stream().toList();
    }

    @Test
    void showsALoadingMessageUntilTheCatalogArrives(FxRobot robot) {
        Node view = show(robot, Locale.ENGLISH);

        assertThat(robot.lookup(".choices-loading").queryLabeled().isVisible()).isTrue();
        assertThat(cards(robot)).isEmpty();

        robot.interact(() -> state.catalogProperty().set(TestCatalogs.two()));

        assertThat(robot.lookup(".choices-loading").queryLabeled().isVisible()).isFalse();
        assertThat(cards(robot)).hasSize(2);
        assertThat(view.getId()).isEqualTo("page-service");
    }

    @Test
    void clickingACardChoosesTheService(FxRobot robot) {
        state.catalogProperty().set(TestCatalogs.two());
        show(robot, Locale.ENGLISH);

        robot.clickOn(cards(robot).get(1));

        assertThat(state.serviceIdProperty().get()).isEqualTo(TestCatalogs.OTHER);
        assertThat(cards(robot).get(1).isSelected()).isTrue();
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }

    @Test
    void clickingTheChosenCardAgainKeepsIt(FxRobot robot) {
        state.catalogProperty().set(TestCatalogs.single());
        show(robot, Locale.ENGLISH);

        robot.clickOn(cards(robot).get(0));

        assertThat(cards(robot).get(0).isSelected()).isTrue();
        assertThat(state.serviceIdProperty().get()).isEqualTo(TestCatalogs.VALKEY);
    }

    @Test
    void theOnlyServiceIsPreselected(FxRobot robot) {
        state.catalogProperty().set(TestCatalogs.single());
        show(robot, Locale.GERMAN);

        assertThat(cards(robot)).hasSize(1);
        assertThat(cards(robot).get(0).isSelected()).isTrue();
    }

    @Test
    void aCardCanBeChosenByKeyboard(FxRobot robot) {
        state.catalogProperty().set(TestCatalogs.two());
        show(robot, Locale.ENGLISH);
        robot.interact(() -> cards(robot).get(0).requestFocus());

        robot.type(KeyCode.SPACE);

        assertThat(state.serviceIdProperty().get()).isEqualTo(TestCatalogs.VALKEY);
    }

    @Test
    void showsNoRawKeysInEitherLanguage(FxRobot robot) {
        state.catalogProperty().set(TestCatalogs.two());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Node view = show(robot, locale);
            robot.interact(() -> PageHarness.screenshot(view, "service-" + locale.getLanguage()));
            assertThat(RawKeyScanner.findRawKeys(view)).as(locale.toString()).isEmpty();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
