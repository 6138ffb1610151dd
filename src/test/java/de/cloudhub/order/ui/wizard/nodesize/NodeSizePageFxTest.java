package de.cloudhub.order.ui.wizard.nodesize;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.ui.wizard.service.ChoicesPageFxBase;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class NodeSizePageFxTest extends ChoicesPageFxBase {
    NodeSizePageFxTest() {
        super(NodeSizePage::create);
        chooseTheTestService();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private List<ToggleButton> tiles(FxRobot robot) {
        return robot.lookup("#node-size-choice .node-size-tile").queryAllAs(ToggleButton.class).stream().toList();
    }

    @Test
    void showsThreeSeriesWithEverySize(FxRobot robot) {
        Node view = showAndEnter(robot, Locale.ENGLISH);

        assertThat(view.getId()).isEqualTo("page-node-size");
        assertThat(robot.lookup(".node-size-series").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .containsExactly("Basic", "All-purpose", "RAM-optimised");
        assertThat(tiles(robot)).hasSize(6);
    }

    @Test
    void aSizeCanBePickedByKeyboard(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        robot.interact(() -> tiles(robot).get(0).requestFocus());

        robot.type(KeyCode.SPACE);
        assertThat(state.nodeSizeProperty().get()).isEqualTo("b1-2");

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        assertThat(state.nodeSizeProperty().get()).isEqualTo("b2-4");
        assertThat(tiles(robot).get(1).isSelected()).isTrue();
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }

    @Test
    void clickingATileChoosesIt(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);

        robot.clickOn(tiles(robot).get(5));

        assertThat(state.nodeSizeProperty().get()).isEqualTo("r4-32");
    }

    @Test
    void advancedSectionIsCollapsedAndOffersThePolicyWithItsDefault(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        TitledPane advanced = robot.lookup("#node-size-advanced").queryAs(TitledPane.class);
        assertThat(advanced.isExpanded()).isFalse();

        robot.clickOn(advanced.lookup(".title"));
        @SuppressWarnings("unchecked")
        ComboBox<String> policy = robot.lookup("#maxmemory-policy").queryAs(ComboBox.class);

        assertThat(advanced.isExpanded()).isTrue();
        assertThat(policy.getValue()).isEqualTo("volatile-lru");
        assertThat(policy.getItems()).contains("noeviction", "allkeys-lru");

        robot.interact(() -> policy.getSelectionModel().select("allkeys-lru"));
        assertThat(state.maxmemoryPolicyProperty().get()).isEqualTo("allkeys-lru");
    }

    @Test
    void showsNoRawKeysInEitherLanguage(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Node view = showAndEnter(robot, locale);
            robot.interact(() -> {
                state.nodeSizeProperty().set("a2-8");
                TitledPane advanced = robot.lookup("#node-size-advanced").queryAs(TitledPane.class);
                advanced.setAnimated(false);
                advanced.setExpanded(true);
            });
            robot.interact(() -> PageHarness.screenshot(view, "node-size-" + locale.getLanguage()));
            assertThat(RawKeyScanner.findRawKeys(view)).as(locale.toString()).isEmpty();
        }
    }

    @Test
    void theTilesAreOneTabStopAtTheChosenTile(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        assertThat(tiles(robot)).filteredOn(Node::isFocusTraversable).containsExactly(tiles(robot).get(0));

        robot.clickOn(tiles(robot).get(3));

        assertThat(tiles(robot)).filteredOn(Node::isFocusTraversable).containsExactly(tiles(robot).get(3));
    }

    @Test
    void arrowKeysMoveTheChoiceLikeInARadioGroup(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        robot.clickOn(tiles(robot).get(1));

        robot.type(KeyCode.RIGHT);
        assertThat(state.nodeSizeProperty().get()).isEqualTo(((de.cloudhub.order.model.NodeSize) tiles(robot).get(2).getUserData()).id());
        assertThat(tiles(robot).get(2).isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.UP);
        assertThat(tiles(robot).get(1).isSelected()).isTrue();
        assertThat(tiles(robot).get(1).isFocused()).isTrue();
        robot.type(KeyCode.END);
        assertThat(tiles(robot).get(5).isSelected()).isTrue();
        robot.type(KeyCode.HOME);
        assertThat(tiles(robot).get(0).isSelected()).isTrue();
    }

    @Test
    void tabLeavesTheTilesFromTheChosenOne(FxRobot robot) {
        showAndEnter(robot, Locale.ENGLISH);
        robot.clickOn(tiles(robot).get(2));

        robot.type(KeyCode.TAB);

        Node focus = stage.getScene().getFocusOwner();
        assertThat(tiles(robot)).doesNotContain(focus instanceof ToggleButton t ? t : null);
        assertThat(focus).isNotNull();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(tiles(robot).get(2).isFocused()).isTrue();
    }
}
