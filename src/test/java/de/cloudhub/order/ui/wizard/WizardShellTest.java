package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.ui.testing.RecordingDialogService.Shown;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import de.cloudhub.order.model.StepId;
import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.testing.Wait;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WizardShellTest {
    private OrderState state;
    private List<TestStep> steps;
    private WizardShellViewModel vm;
    private RecordingDialogService dialogs;
    private BorderPane holder;
    private WizardShell shell;

    @Start
    void start(Stage stage) {
        state = new OrderState();
        // the customer step of sales staff has its own tests (WizardShellCustomerStepTest)
        steps = Arrays.stream(StepId.values()).filter(id -> id != StepId.CUSTOMER)
                .map(id -> new TestStep(id, id == StepId.STORAGE ? "" : "ok")).toList();
        vm = new WizardShellViewModel(steps.stream().map(TestStep::page).toList(), state);
        dialogs = new RecordingDialogService();
        shell = new WizardShell(vm, new I18n(Locale.ENGLISH), dialogs);
        holder = new BorderPane(shell.root());
        Scene scene = new Scene(holder, 1100, 700);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private void goToStorage(FxRobot robot) {
        robot.clickOn("#next");
        robot.clickOn("#next");
        assertThat(vm.getCurrentIndex()).isEqualTo(2);
    }

    @Test
    void aPagesViewIsBuiltTheFirstTimeItIsShownAndThenKept(FxRobot robot) {
        assertThat(steps.stream().map(s -> s.built).toList()).as("at start only the first page is built")
                .containsExactly(1, 0, 0, 0, 0, 0, 0);

        robot.clickOn("#next");
        robot.clickOn("#back");

        assertThat(steps.stream().map(s -> s.built).toList()).as("the second once, when shown; the first kept")
                .containsExactly(1, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void nextIsDisabledWhileThePageIsInvalidAndTheReasonIsShown(FxRobot robot) {
        goToStorage(robot);
        Button next = robot.lookup("#next").queryButton();
        assertThat(next.isDisabled()).isTrue();
        assertThat(robot.lookup("#blocking-problem").queryAs(Label.class).getText())
                .isEqualTo(new I18n(Locale.ENGLISH).t(TestStep.REASON_CODE));

        robot.clickOn("#field-page-storage").write("100");

        assertThat(next.isDisabled()).isFalse();
        assertThat(robot.lookup("#blocking-problem").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theFirstInputOfThePageHasTheFocusWhenTheWizardIsShownAndAfterNext(FxRobot robot) {
        Wait.onFx("focus on the first page's field", Duration.ofSeconds(5),
                () -> "field-page-service".equals(focusOwnerId()));

        robot.clickOn("#next");

        Wait.onFx("focus on the second page's field", Duration.ofSeconds(5),
                () -> "field-page-node-size".equals(focusOwnerId()));
    }

    private String focusOwnerId() {
        Node owner = holder.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void altRightAndAltLeftMoveBetweenPages(FxRobot robot) {
        robot.clickOn("#field-page-service");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(vm.getCurrentIndex()).isEqualTo(1);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(vm.getCurrentIndex()).isEqualTo(0);
    }

    @Test
    void enterInATextFieldPressesNext(FxRobot robot) {
        robot.clickOn("#field-page-service").type(KeyCode.ENTER);
        assertThat(vm.getCurrentIndex()).isEqualTo(1);
        assertThat(steps.get(0).left).isEqualTo(1);
        assertThat(steps.get(1).entered).isEqualTo(1);
    }

    @Test
    void enterInAMultiLineFieldStaysOnThePage(FxRobot robot) {
        robot.clickOn("#notes-page-service").type(KeyCode.ENTER);
        assertThat(vm.getCurrentIndex()).isEqualTo(0);
    }

    @Test
    void enterOnAButtonPressesThatButton(FxRobot robot) {
        robot.clickOn("#next");
        robot.interact(() -> robot.lookup("#back").queryButton().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(vm.getCurrentIndex()).isEqualTo(0);
    }

    @Test
    void escapeAsksBeforeDiscardingInputAndStartsAgainAtStepOne(FxRobot robot) {
        robot.interact(() -> state.serviceIdProperty().set("valkey-8"));
        robot.clickOn("#next");
        robot.clickOn("#field-page-node-size").type(KeyCode.ESCAPE);

        assertThat(dialogs.shown).hasSize(1).first().extracting(Shown::kind).isEqualTo("confirm");
        assertThat(vm.getCurrentIndex()).isZero();
        assertThat(state.serviceIdProperty().get()).isNull();
    }

    @Test
    void escapeKeepsInputWhenTheUserSaysNo(FxRobot robot) {
        dialogs.answer = false;
        robot.clickOn("#next");
        robot.clickOn("#field-page-node-size").type(KeyCode.ESCAPE);

        assertThat(dialogs.shown).hasSize(1);
        assertThat(vm.getCurrentIndex()).isEqualTo(1);
    }

    @Test
    void escapeWithoutInputDoesNotAsk(FxRobot robot) {
        robot.clickOn("#field-page-service").type(KeyCode.ESCAPE);
        assertThat(dialogs.shown).isEmpty();
        assertThat(vm.getCurrentIndex()).isZero();
    }

    @Test
    void stepIndicatorShowsDoneCurrentToDoAndProblem(FxRobot robot) {
        goToStorage(robot);
        Node service = robot.lookup("#step-service").query();
        Node storage = robot.lookup("#step-storage").query();
        Node summary = robot.lookup("#step-summary").query();
        assertThat(has(service, "completed")).isTrue();
        assertThat(has(storage, "selected")).isTrue();
        assertThat(has(summary, "completed") || has(summary, "selected") || has(summary, "error")).isFalse();
        assertThat(summary.isDisabled()).isTrue();

        robot.interact(() -> steps.get(0).textProperty().set(""));

        assertThat(has(service, "error")).isTrue();
        assertThat(service.getAccessibleText()).contains("Step 1 of 7", "needs your attention");
    }

    @Test
    void clickingAReachedStepJumpsToIt(FxRobot robot) {
        goToStorage(robot);
        robot.clickOn("#step-service");
        assertThat(vm.getCurrentIndex()).isZero();
    }

    @Test
    void priceBoxIsShownFromTheNodeSizePageOn(FxRobot robot) {
        assertThat(robot.lookup("#price-estimate").query().isVisible()).isFalse();
        robot.clickOn("#next");
        assertThat(robot.lookup("#price-estimate").query().isVisible()).isTrue();
    }

    @Test
    void editFromSummaryReturnsToTheSummary(FxRobot robot) {
        robot.interact(() -> vm.goTo(StepId.SUMMARY));
        assertThat(robot.lookup("#next").query().isVisible()).isFalse();

        robot.interact(() -> vm.editFromSummary(StepId.STORAGE));
        Button next = robot.lookup("#next").queryButton();
        assertThat(next.getText()).isEqualTo("Back to summary");
        robot.clickOn("#field-page-storage").write("150");
        robot.clickOn("#next");

        assertThat(vm.getCurrentPage().id()).isEqualTo(StepId.SUMMARY);
    }

    @Test
    void languageSwitchKeepsWhatWasEntered(FxRobot robot) {
        goToStorage(robot);
        robot.clickOn("#field-page-storage").write("250");

        robot.interact(() -> {
            shell.dispose();
            shell = new WizardShell(vm, new I18n(Locale.GERMAN), dialogs);
            holder.setCenter(shell.root());
        });

        assertThat(robot.lookup("#field-page-storage").queryAs(TextField.class).getText()).isEqualTo("250");
        assertThat(robot.lookup("#title-page-storage").queryAs(Label.class).getText()).isEqualTo("Speicher");
        assertThat(robot.lookup("#next").queryButton().getText()).isEqualTo("Weiter");
        assertThat(vm.getCurrentIndex()).isEqualTo(2);
    }

    @Test
    void theShellShowsNoRawKeysInEitherLanguage(FxRobot robot) {
        goToStorage(robot);
        RawKeyScanner.assertNoRawKeys(holder);
        robot.interact(() -> {
            shell.dispose();
            shell = new WizardShell(vm, new I18n(Locale.GERMAN), dialogs);
            holder.setCenter(shell.root());
        });
        WaitForAsyncUtils.waitForFxEvents();
        RawKeyScanner.assertNoRawKeys(holder);
    }

    @Test
    void theReasonBesideADisabledNextIsANeutralHintNotRed(FxRobot robot) {
        goToStorage(robot);
        Label reason = robot.lookup("#blocking-problem").queryAs(Label.class);
        assertThat(reason.getText()).isNotBlank();

        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) reason.getTextFill();

        // red is for input that is wrong, at the input; a disabled Next only says why
        assertThat(fill.getRed() - Math.max(fill.getGreen(), fill.getBlue())).as(fill.toString()).isLessThan(0.15);
    }
}
