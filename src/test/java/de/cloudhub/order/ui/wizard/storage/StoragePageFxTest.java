package de.cloudhub.order.ui.wizard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.ui.wizard.service.ChoicesPageFxBase;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class StoragePageFxTest extends ChoicesPageFxBase {
    StoragePageFxTest() {
        super(StoragePage::create);
        chooseTheTestService();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Slider slider(FxRobot robot) {
        return robot.lookup("#storage-slider").queryAs(Slider.class);
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> spinner(FxRobot robot) {
        return robot.lookup("#storage-gb").queryAs(Spinner.class);
    }

    private List<String> problemTexts(FxRobot robot) {
        return robot.lookup("#page-storage .problem").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void typeInSpinner(FxRobot robot, String text) {
        robot.doubleClickOn(spinner(robot).getEditor());
        robot.interact(() -> spinner(robot).getEditor().selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void sliderAndSpinnerStartAtTheMinimumOfTheCatalogsRange(FxRobot robot) {
        Node view = showAndEnter(robot, Locale.ENGLISH);

        assertThat(view.getId()).isEqualTo("page-storage");
        assertThat(slider(robot).getMin()).isEqualTo(50);
        assertThat(slider(robot).getMax()).isEqualTo(500);
        assertThat(slider(robot).getValue()).isEqualTo(50);
        assertThat(spinner(robot).getEditor().getText()).isEqualTo("50");
    }

    @Test
    void movingTheSliderByKeyboardUpdatesTheSpinner(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        robot.interact(() -> slider(robot).requestFocus());

        robot.type(KeyCode.RIGHT, 2);

        assertThat(state.storageGbProperty().get()).isEqualTo(150);
        assertThat(spinner(robot).getEditor().getText()).isEqualTo("150");
        assertThat(spinner(robot).getValue()).isEqualTo(150);
    }

    @Test
    void typingInTheSpinnerMovesTheSlider(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);

        typeInSpinner(robot, "300");

        assertThat(state.storageGbProperty().get()).isEqualTo(300);
        assertThat(slider(robot).getValue()).isEqualTo(300);
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }

    @Test
    void offGridValueIsKeptExplainedAndBlocks(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);

        typeInSpinner(robot, "120");

        assertThat(state.storageGbProperty().get()).isEqualTo(120);
        assertThat(spinner(robot).getEditor().getText()).isEqualTo("120");
        assertThat(slider(robot).getValue()).isEqualTo(120);
        assertThat(problemTexts(robot)).singleElement().asString().contains("120", "100", "150");
        assertThat(page.viewModel().validProperty().get()).isFalse();
    }

    @Test
    void spinnerArrowFromAnOffGridValueGoesToTheNextGridValue(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        typeInSpinner(robot, "120");

        robot.interact(() -> spinner(robot).increment());

        assertThat(state.storageGbProperty().get()).isEqualTo(150);
        assertThat(problemTexts(robot)).isEmpty();
    }

    @Test
    void garbageIsExplainedAndStaysInTheField(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);

        typeInSpinner(robot, "lots");

        assertThat(spinner(robot).getEditor().getText()).isEqualTo("lots");
        assertThat(state.storageGbProperty().get()).isEqualTo(50);
        assertThat(problemTexts(robot)).singleElement().asString().contains("lots");
        assertThat(page.viewModel().validProperty().get()).isFalse();
    }

    @Test
    void aLanguageSwitchKeepsTextThatIsNoNumberAndItsProblem(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        typeInSpinner(robot, "lots");

        showAndEnter(robot, Locale.GERMAN);

        assertThat(spinner(robot).getEditor().getText()).isEqualTo("lots");
        assertThat(problemTexts(robot)).singleElement().asString().contains("lots", "keine Zahl");
    }

    @Test
    void typedTextIsTakenWhenTheFocusLeaves(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        robot.doubleClickOn(spinner(robot).getEditor());
        robot.interact(() -> spinner(robot).getEditor().selectAll());
        robot.write("250");

        robot.interact(() -> slider(robot).requestFocus());

        assertThat(state.storageGbProperty().get()).isEqualTo(250);
    }

    @Test
    void showsThePriceAndNoRawKeysInEitherLanguage(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Node view = showAndEnter(robot, locale);
            robot.interact(() -> page.viewModel());
            typeInSpinner(robot, "150");
            robot.interact(() -> PageHarness.screenshot(view, "storage-" + locale.getLanguage()));
            assertThat(robot.lookup(".storage-price").queryLabeled().getText()).contains("15");
            assertThat(RawKeyScanner.findRawKeys(view)).as(locale.toString()).isEmpty();
        }
    }

    @Test
    void textThatIsNoNumberAfterAnOffGridValueShowsOneCurrentMessageAndNoPrice(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        typeInSpinner(robot, "75");

        typeInSpinner(robot, "abc");

        assertThat(problemTexts(robot)).singleElement().asString().startsWith("\"abc\" is not a number.");
        assertThat(robot.lookup(".storage-price").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void anEmptyFieldAfterATooLargeValueAsksForTheStorageOnly(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        typeInSpinner(robot, "1000");

        robot.interact(() -> spinner(robot).getEditor().selectAll());
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.ENTER);

        assertThat(problemTexts(robot)).containsExactly("Choose how much storage you need.");
    }
}
