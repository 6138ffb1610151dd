package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.UserInfo;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import org.testfx.util.WaitForAsyncUtils;

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
        super(ctx -> TrustedSourcesPage.create(ctx, new RecordingDialogService()));
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
    void offlineAddMyAddressIsDisabledWithTheReasonAndTypingStillAdds(FxRobot robot) {
        robot.interact(() -> state.onlineProperty().set(false));
        Node view = show(robot, Locale.ENGLISH);

        assertThat(robot.lookup("#add-my-address").queryAs(Button.class).isDisabled()).isTrue();
        Label reason = robot.lookup("#add-my-address-offline").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("Offline — “Add my address” needs a connection");
        enter(robot, "93.184.216.34");
        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("93.184.216.34/32");
        robot.interact(() -> PageHarness.screenshot(view, "trusted-sources-offline-en"));

        robot.interact(() -> state.onlineProperty().set(true));
        assertThat(robot.lookup("#add-my-address").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(reason.isVisible()).isFalse();
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
            page = TrustedSourcesPage.create(PageHarness.context(state, client, new FxTaskRunner(background)),
                    new RecordingDialogService());
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

    /** "Add my address" of the signed-in {@code role} against the sandbox, answering a question with {@code answer}. */
    private RecordingDialogService addMyAddressAs(FxRobot robot, String role, boolean answer) {
        RecordingDialogService dialogs = new RecordingDialogService();
        dialogs.answer = answer;
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient client = new ApiClient(PageHarness.config(sandbox.baseUri()))) {
            robot.interact(() -> state.meProperty().set(new Me(new UserInfo("u-1", "Sam Seller", "sam@example.com"), role,
                    Me.ROLE_CUSTOMER.equals(role) ? new CustomerRef("c-1001", "K-100231", "Muster GmbH") : null)));
            page = TrustedSourcesPage.create(PageHarness.context(state, client, new FxTaskRunner(background)), dialogs);
            show(robot, Locale.ENGLISH);

            robot.clickOn("#add-my-address");

            if (answer) {
                Wait.onFx("the address to be added", Duration.ofSeconds(10), () -> !state.trustedSources().isEmpty());
            } else {
                WaitForAsyncUtils.waitForFxEvents();
            }
        } finally {
            background.shutdownNow();
        }
        return dialogs;
    }

    @Test
    void salesStaffAreAskedFirstAndCancellingAddsNothing(FxRobot robot) {
        RecordingDialogService dialogs = addMyAddressAs(robot, Me.ROLE_SALES, false);

        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("confirm");
        assertThat(dialogs.shown.get(0).message()).contains("yours, not the customer’s");
        FxThread.run(() -> assertThat(state.trustedSources()).isEmpty());
    }

    @Test
    void salesStaffWhoConfirmGetTheirAddressAdded(FxRobot robot) {
        RecordingDialogService dialogs = addMyAddressAs(robot, Me.ROLE_SALES, true);

        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("confirm");
        FxThread.run(() -> assertThat(state.trustedSources()).hasSize(1));
    }

    @Test
    void aCustomerIsNotAskedBeforeTheirAddressIsAdded(FxRobot robot) {
        RecordingDialogService dialogs = addMyAddressAs(robot, Me.ROLE_CUSTOMER, false);

        assertThat(dialogs.shown).isEmpty();
        FxThread.run(() -> assertThat(state.trustedSources()).hasSize(1));
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

    @Test
    void aPastedDescriptionKeepsItsWordsApart(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1");
        TextField description = (TextField) rows(robot).get(0).lookup(".trusted-source-description");
        robot.clickOn(description);

        // what TextField.paste() does with the clipboard's text
        robot.interact(() -> description.replaceSelection("BueroKoeln\tzweite\nZeile"));
        robot.clickOn(input(robot));

        assertThat(state.trustedSources()).containsExactly(new TrustedSource("1.1.1.1/32", "BueroKoeln zweite Zeile"));
    }

    @Test
    void aDescriptionLongerThanAllowedIsKeptWholeAndSaidToBeTooLong(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1");
        TextField description = (TextField) rows(robot).get(0).lookup(".trusted-source-description");
        String longText = "Office Cologne, second floor, the sales team's network and its printers";
        robot.clickOn(description);

        robot.interact(() -> description.replaceSelection(longText));
        robot.clickOn(input(robot));

        assertThat(description.getText()).isEqualTo(longText);
        assertThat(problemTexts(rows(robot).get(0))).singleElement().asString()
                .contains(longText.length() + " characters", "at most 64");
        assertThat(page.viewModel().validProperty().get()).isFalse();
    }

    @Test
    void thePlaceholdersExamplesAreAcceptedInBothLanguages(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            show(robot, locale);
            String prompt = input(robot).getPromptText();
            List<String> examples = java.util.Arrays.stream(prompt.split("\\s+"))
                    .filter(w -> w.matches(".*\\d.*[.:].*")).toList();
            assertThat(examples).as(prompt).hasSize(2);
            for (String example : examples) {
                List<de.cloudhub.order.model.Problem> problems = new java.util.ArrayList<>();
                de.cloudhub.order.model.TrustedSourceRules.checkOne(example, 0, false, problems);
                assertThat(problems).as(example + " from " + prompt).noneMatch(de.cloudhub.order.model.Problem::isError);
            }
        }
    }

    @Test
    void removeSelectedTakesOutTheTickedEntries(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1, 8.8.8.8, 9.9.9.9");
        Button removeSelected = robot.lookup("#trusted-source-remove-selected").queryAs(Button.class);
        assertThat(removeSelected.isDisabled()).isTrue();

        robot.clickOn(rows(robot).get(0).lookup(".trusted-source-select"));
        robot.clickOn(rows(robot).get(2).lookup(".trusted-source-select"));
        assertThat(removeSelected.getText()).isEqualTo("Remove selected (2)");
        robot.clickOn(removeSelected);

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("8.8.8.8/32");
        assertThat(rows(robot)).hasSize(1);
        assertThat(((Label) rows(robot).get(0).lookup(".trusted-source-cidr")).getText()).isEqualTo("8.8.8.8/32");
    }

    @Test
    void removeAllEmptiesTheList(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "1.1.1.1, 8.8.8.8, 9.9.9.9");

        robot.clickOn("#trusted-source-remove-all");

        assertThat(state.trustedSources()).isEmpty();
        assertThat(rows(robot)).isEmpty();
        assertThat(robot.lookup(".trusted-source-empty").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void neighbouringAddressesCanBeCombinedWithOneClick(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        enter(robot, "93.184.216.0, 93.184.216.1, 93.184.216.2, 93.184.216.3");
        Button merge = robot.lookup("#trusted-source-merge").queryAs(Button.class);
        assertThat(merge.isVisible()).isTrue();
        assertThat(merge.getText()).isEqualTo("Combine 4 entries into 1");

        robot.clickOn(merge);

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("93.184.216.0/30");
        assertThat(rows(robot)).hasSize(1);
        assertThat(merge.isVisible()).isFalse();
    }

    @Test
    void aPasteThatDoesNotFitAddsNothingAndSaysHowManyFit(FxRobot robot) {
        int max = ((TrustedSourcesViewModel) page.viewModel()).maxEntries();
        List<TrustedSource> full = new java.util.ArrayList<>();
        for (int i = 0; i < max - 2; i++) {
            full.add(new TrustedSource("93.184." + (i / 100) + "." + (2 * (i % 100) + 1) + "/32", null));
        }
        robot.interact(() -> state.trustedSources().setAll(full));
        Node view = show(robot, Locale.ENGLISH);

        enter(robot, "81.173.0.1, 81.173.0.3, 81.173.0.5");

        assertThat(state.trustedSources()).hasSize(max - 2);
        assertThat(rows(robot)).hasSize(max - 2);
        assertThat(problemTexts(view)).anySatisfy(t -> assertThat(t)
                .contains("These 3 entries do not fit", "only 2 more fit", "Nothing was added"));
    }

    @Test
    void removingFromAFullListKeepsTheOtherRowsInPlace(FxRobot robot) {
        List<TrustedSource> full = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            full.add(new TrustedSource("93.184." + (i / 100) + "." + (2 * (i % 100) + 1) + "/32", null));
        }
        robot.interact(() -> state.trustedSources().setAll(full));
        show(robot, Locale.ENGLISH);
        List<VBox> before = rows(robot);

        robot.interact(() -> ((TrustedSourcesViewModel) page.viewModel()).remove(50));

        List<VBox> after = rows(robot);
        assertThat(after).hasSize(99);
        // the same row nodes, only the removed one gone: a change does not rebuild a hundred rows
        assertThat(after.subList(0, 50)).containsExactlyElementsOf(before.subList(0, 50));
        assertThat(after.subList(50, 99)).containsExactlyElementsOf(before.subList(51, 100));
        assertThat(((Label) after.get(50).lookup(".trusted-source-cidr")).getText()).isEqualTo("93.184.0.103/32");
    }
}
