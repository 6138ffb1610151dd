package de.cloudhub.order.ui.wizard.trustedsources;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.testing.RawKeyScanner;
import de.cloudhub.order.ui.wizard.service.ChoicesPageFxBase;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class TrustedSourcesPageFxTest extends ChoicesPageFxBase {
    TrustedSourcesPageFxTest() {
        super(TrustedSourcesPage::create);
        chooseTheTestService();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The Enter presses that bubble up to the scene's root, where the wizard shell listens for them. */
    private List<KeyEvent> entersReachingTheRoot(FxRobot robot) {
        List<KeyEvent> reachedRoot = new java.util.ArrayList<>();
        robot.interact(() -> stage.getScene().getRoot().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                reachedRoot.add(e);
            }
        }));
        return reachedRoot;
    }

    private TextField input(FxRobot robot) {
        return robot.lookup("#trusted-source-input").queryAs(TextField.class);
    }

    private List<VBox> rows(FxRobot robot) {
        return robot.lookup("#trusted-source-list .trusted-source-row").queryAllAs(VBox.class).stream().toList();
    }

    /** Puts {@code text} into the input and presses Enter (typing key by key is tested once, it is slow). */
    private void enter(FxRobot robot, String text) {
        robot.clickOn(input(robot));
        robot.interact(() -> input(robot).setText(text));
        robot.type(KeyCode.ENTER);
    }

    private static List<String> problemTexts(Node node) {
        return node.lookupAll(".problem").stream().filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void enterAddsTheTypedAddress(FxRobot robot) {
        Node view = show(robot, Locale.ENGLISH);

        robot.clickOn(input(robot));
        robot.write("93.184.216.34");
        robot.type(KeyCode.ENTER);

        assertThat(view.getId()).isEqualTo("page-trusted-sources");
        assertThat(state.trustedSources()).containsExactly(new TrustedSource("93.184.216.34/32", null));
        assertThat(rows(robot)).hasSize(1);
        assertThat(rows(robot).get(0).lookup(".trusted-source-cidr")).extracting(n -> ((Label) n).getText())
                .isEqualTo("93.184.216.34/32");
        assertThat(input(robot).getText()).isEmpty();
        assertThat(page.viewModel().validProperty().get()).isTrue();
    }

    @Test
    void enterInTheInputDoesNotReachTheWizardsEnterForNext(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        List<KeyEvent> reachedRoot = entersReachingTheRoot(robot);

        enter(robot, "1.1.1.1");

        assertThat(state.trustedSources()).hasSize(1);
        assertThat(reachedRoot).isEmpty();
    }

    @Test
    void enterInTheEmptyInputGoesOnToTheWizardOnceSomethingIsAllowed(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        List<KeyEvent> reachedRoot = entersReachingTheRoot(robot);
        enter(robot, "1.1.1.1");

        robot.type(KeyCode.ENTER);

        assertThat(reachedRoot).hasSize(1);
        assertThat(state.trustedSources()).hasSize(1);
        assertThat(problemTexts(robot.lookup("#page-trusted-sources").query())).isEmpty();
    }

    @Test
    void theAddButtonAddsToo(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        robot.clickOn(input(robot));
        robot.write("8.8.8.0/24");

        robot.clickOn("#trusted-source-add");

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("8.8.8.0/24");
    }

    @Test
    void pastingSeveralLinesAddsThemAll(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        robot.clickOn(input(robot));

        // what TextField.paste() does with the clipboard's text
        robot.interact(() -> input(robot).replaceSelection("1.1.1.1\n8.8.8.8\r\n2a00:1450:4001::/48\n"));
        assertThat(input(robot).getText()).isEqualTo("1.1.1.1, 8.8.8.8, 2a00:1450:4001::/48");
        robot.type(KeyCode.ENTER);

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr)
                .containsExactly("1.1.1.1/32", "8.8.8.8/32", "2a00:1450:4001::/48");
        assertThat(rows(robot)).hasSize(3);
    }

    @Test
    void garbageIsNotAddedAndExplainedUnderTheField(FxRobot robot) {
        Node view = show(robot, Locale.ENGLISH);

        enter(robot, "my-server.example");

        assertThat(state.trustedSources()).isEmpty();
        assertThat(input(robot).getText()).isEqualTo("my-server.example");
        assertThat(problemTexts(view)).anySatisfy(t -> assertThat(t).contains("my-server.example"));
    }

    @Test
    void privateRangeIsListedWithItsErrorInline(FxRobot robot) {
        show(robot, Locale.ENGLISH);

        enter(robot, "192.168.1.0/24");

        VBox row = rows(robot).get(0);
        assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("error"));
        assertThat(problemTexts(row)).singleElement().asString().contains("private");
        assertThat(page.viewModel().validProperty().get()).isFalse();
    }

    @Test
    void hostBitsShowTheTypedFormAndTheNotice(FxRobot robot) {
        show(robot, Locale.ENGLISH);

        enter(robot, "93.184.216.34/24");

        VBox row = rows(robot).get(0);
        assertThat(((Label) row.lookup(".trusted-source-cidr")).getText()).isEqualTo("93.184.216.0/24");
        assertThat(((Label) row.lookup(".trusted-source-typed")).getText()).contains("93.184.216.34/24");
        assertThat(((Label) row.lookup(".trusted-source-count")).getText()).isEqualTo("256 addresses");
        assertThat(problemTexts(row)).hasSize(1);
    }

    @Test
    void removeTakesTheEntryOut(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1, 8.8.8.8");

        robot.clickOn(rows(robot).get(0).lookup(".trusted-source-remove"));

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("8.8.8.8/32");
        assertThat(rows(robot)).hasSize(1);
    }

    @Test
    void removingTheLastEntryByKeyboardPutsTheFocusBackIntoTheInput(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1");
        robot.interact(() -> rows(robot).get(0).lookup(".trusted-source-remove").requestFocus());

        robot.type(KeyCode.SPACE);

        assertThat(state.trustedSources()).isEmpty();
        assertThat(input(robot).isFocused()).isTrue();
    }

    @Test
    void aLanguageSwitchRebuildsTheViewWithInputAndEntriesKept(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1, nonsense");

        Node german = show(robot, Locale.GERMAN);

        assertThat(input(robot).getText()).isEqualTo("nonsense");
        assertThat(rows(robot)).hasSize(1);
        assertThat(problemTexts(german)).anySatisfy(t -> assertThat(t).contains("nonsense"));
    }

    @Test
    void editChangesTheAddressAndEnterSavesIt(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1");

        robot.clickOn(rows(robot).get(0).lookup(".trusted-source-edit"));
        TextField editor = (TextField) rows(robot).get(0).lookup(".trusted-source-edit-field");
        assertThat(editor.getText()).isEqualTo("1.1.1.1");
        robot.interact(editor::selectAll);
        robot.write("9.9.9.9");
        robot.type(KeyCode.ENTER);

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("9.9.9.9/32");
        assertThat(rows(robot).get(0).lookup(".trusted-source-edit-field").getParent().isVisible()).isFalse();
    }

    @Test
    void descriptionIsStoredWhenTheFocusLeaves(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1");

        robot.clickOn(rows(robot).get(0).lookup(".trusted-source-description"));
        robot.write("office");
        robot.clickOn(input(robot));

        assertThat(state.trustedSources()).containsExactly(new TrustedSource("1.1.1.1/32", "office"));
    }

    @Test
    void allAddressesNeedTheConfirmationShownOnlyForThem(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        CheckBox confirm = robot.lookup("#allow-all-addresses").queryAs(CheckBox.class);
        assertThat(confirm.isVisible()).isFalse();

        enter(robot, "0.0.0.0/0");

        assertThat(confirm.isVisible()).isTrue();
        assertThat(page.viewModel().validProperty().get()).isFalse();
        robot.clickOn(confirm);
        assertThat(state.allowAllAddressesProperty().get()).isTrue();
        assertThat(page.viewModel().validProperty().get()).isTrue();

        robot.clickOn(rows(robot).get(0).lookup(".trusted-source-remove"));
        assertThat(confirm.isVisible()).isFalse();
        assertThat(state.allowAllAddressesProperty().get()).isFalse();
    }

    @Test
    void failingAddMyAddressShowsAMessageAndFreesTheButton(FxRobot robot) {
        Node view = show(robot, Locale.ENGLISH);

        robot.clickOn("#add-my-address");

        assertThat(robot.lookup("#add-my-address").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(problemTexts(view)).isNotEmpty();
        assertThat(state.trustedSources()).isEmpty();
    }

    @Test
    void addMyAddressAsksTheSandboxInTheBackgroundAndAddsIt(FxRobot robot) {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient client = new ApiClient(PageHarness.config(sandbox.baseUri()))) {
            page = TrustedSourcesPage.create(PageHarness.context(state, client, new FxTaskRunner(background)));
            show(robot, Locale.ENGLISH);

            robot.clickOn("#add-my-address");

            Wait.onFx("the address to be added", Duration.ofSeconds(10), () -> !state.trustedSources().isEmpty());
            FxThread.run(() -> {
                assertThat(state.trustedSources()).containsExactly(new TrustedSource("81.173.12.34/32", "My address"));
                assertThat(robot.lookup("#add-my-address").queryAs(Button.class).isDisabled()).isFalse();
            });
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void showsNoRawKeysInEitherLanguage(FxRobot robot) {
        robot.interact(() -> state.trustedSources().setAll(new TrustedSource("0.0.0.0/0", null),
                new TrustedSource("93.184.216.0/24", "office"),
                new TrustedSource("192.168.0.0/16", null), new TrustedSource("2a00:1450:4001::/48", "backend"),
                new TrustedSource("93.184.216.7/32", null)));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Node view = show(robot, locale);
            enter(robot, "not an address");
            robot.interact(() -> PageHarness.screenshot(view, "trusted-sources-" + locale.getLanguage()));
            assertThat(RawKeyScanner.findRawKeys(view)).as(locale.toString()).isEmpty();
            robot.interact(() -> input(robot).clear());
        }
    }
}
