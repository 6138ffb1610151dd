package de.cloudhub.order.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.MemoryDrafts;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The drafts view driven by the keyboard, as a person without a mouse does. */
@ExtendWith(ApplicationExtension.class)
class DraftsViewFxTest {
    Scene scene;
    DraftsViewHarness harness;

    @Start
    void start(Stage stage) {
        scene = DraftsViewHarness.scene(stage, 1180, 780);
    }

    @BeforeEach
    void setUp() {
        harness = new DraftsViewHarness(new MemoryDrafts().with(SampleDrafts.mixed()))
                .show(scene, Locale.ENGLISH, TestCatalogs.single(), DraftsViewModelTest.customer());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private ListView<?> list(FxRobot robot) {
        return robot.lookup("#drafts-list").queryAs(ListView.class);
    }

    @Test
    void ctrlFThenTypingThenEnterOpensTheDraftFound(FxRobot robot) {
        robot.clickOn("#draft-new").type(KeyCode.ESCAPE);
        harness.sessions.clear();
        FxThread.run(() -> robot.lookup("#draft-import").query().requestFocus());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(FxThread.call(() -> robot.lookup("#drafts-search").query().isFocused())).isTrue();
        robot.write("shop");
        Wait.onFx("the search found one draft", DraftsViewHarness.WAIT, () -> list(robot).getItems().size() == 1);
        robot.type(KeyCode.ENTER);

        assertThat(harness.sessions).singleElement().extracting(d -> ((DraftRecord) d).id()).isEqualTo("d2");
    }

    @Test
    void deleteKeyDeletesTheSelectedDraftAndUndoBringsItBack(FxRobot robot) {
        DraftRecord before = harness.store.stored("d2").orElseThrow();
        FxThread.run(() -> {
            list(robot).requestFocus();
            harness.vm.selectedProperty().set(harness.vm.getRows().get(1));
        });

        robot.type(KeyCode.DELETE);
        Wait.onFx("the undo bar", DraftsViewHarness.WAIT,
                () -> robot.lookup("#drafts-undo-bar").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(harness.store.stored("d2")).isEmpty();
        assertThat(FxThread.call(() -> robot.lookup("#drafts-deleted").queryAs(Label.class).getText()))
                .isEqualTo("Draft “Cache for the shop” deleted.");
        assertThat(FxThread.call(() -> list(robot).getItems().size())).isEqualTo(6);

        robot.clickOn("#draft-undo");
        Wait.onFx("the draft is listed again", DraftsViewHarness.WAIT, () -> list(robot).getItems().size() == 7);

        assertThat(harness.store.stored("d2")).contains(before);
        assertThat(FxThread.call(() -> robot.lookup("#drafts-undo-bar").query().isVisible())).isFalse();
    }

    @Test
    void arrowDownAndEnterOpenTheNextDraftAndCtrlNStartsANewOrder(FxRobot robot) {
        FxThread.run(() -> list(robot).requestFocus());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        assertThat(harness.sessions).hasSize(2);
        assertThat(((DraftRecord) harness.sessions.get(0)).id()).isEqualTo("d2");
        assertThat(harness.sessions.get(1)).isEqualTo("new order");
    }

    @Test
    void readOnlyDraftsDisableWhatCannotBeDoneAndSayWhy(FxRobot robot) {
        FxThread.run(() -> harness.vm.selectedProperty().set(harness.vm.getRows().get(3)));

        assertThat(FxThread.call(() -> robot.lookup("#draft-delete").query().isDisabled())).isTrue();
        assertThat(FxThread.call(() -> robot.lookup("#draft-duplicate").query().isDisabled())).isTrue();
        assertThat(FxThread.call(() -> robot.lookup("#draft-rename").query().isDisabled())).isTrue();
        assertThat(FxThread.call(() -> robot.lookup("#draft-open").query().isDisabled())).isFalse();
        assertThat(FxThread.call(() -> robot.lookup("#drafts-selection-note").queryAs(Label.class).getText()))
                .contains("had no answer");
    }

    @Test
    void everyTextIsTranslatedInBothLanguages(FxRobot robot) {
        for (Locale locale : de.cloudhub.order.ui.common.I18n.SUPPORTED) {
            harness.close();
            harness = new DraftsViewHarness(new MemoryDrafts().with(SampleDrafts.mixed()))
                    .show(scene, locale, TestCatalogs.single(), DraftsViewModelTest.sales());
            for (int i = 0; i < 7; i++) {
                int row = i;
                FxThread.run(() -> harness.vm.selectedProperty().set(harness.vm.getRows().get(row)));
                assertThat(FxThread.call(() -> RawKeyScanner.findRawKeys(harness.view.node())))
                        .as(locale + " row " + row).isEmpty();
            }
        }
    }
}
