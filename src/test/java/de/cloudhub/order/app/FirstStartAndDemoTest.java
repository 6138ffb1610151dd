package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.Wait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * The real app: the first start without any endpoint asks (demo or provider) and saves the choice; the
 * demo is labelled in the header and can be left from the account menu, which names who is signed in.
 */
class FirstStartAndDemoTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final AppOnStage app = new AppOnStage();
    private final FxRobot robot = new FxRobot();

    private Path settings() {
        return dataDir.resolve(EndpointSetting.FILE_NAME);
    }

    private boolean visible(String query) {
        return FxThread.call(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    private void waitFor(String query) {
        Wait.onFx(query, TIMEOUT, () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    /** Opens the account menu once it names the person (before, its width still changes under the pointer). */
    private void openAccountMenu(String item) {
        Wait.onFx("the person's name on the account menu", TIMEOUT,
                () -> robot.lookup("#account-menu").tryQueryAs(MenuButton.class)
                        .map(m -> !m.getText().equals("Account")).orElse(false));
        robot.clickOn("#account-menu");
        waitFor(item);
    }

    private void startWithoutEndpoint() throws Exception {
        app.start("--locale", "en", "--data-dir", dataDir.toString());
        waitFor("#endpoint-choice");
    }

    @Test
    void aFirstStartWithoutAnyEndpointAsksAndTheDemoChoiceIsSavedAndOpensTheDemo() throws Exception {
        startWithoutEndpoint();
        assertThat(dataDir.resolve(SingleInstance.LOCK_FILE)).as("the choice takes no lock").doesNotExist();
        assertThat(FxThread.call(() -> robot.lookup("#endpoint-saved-where").queryAs(Label.class).getText()))
                .contains(settings().toString());

        robot.clickOn("#choice-demo");

        waitFor("#demo-badge");
        assertThat(FxThread.call(() -> robot.lookup("#demo-badge").queryAs(Label.class).getText())).isEqualTo("Demo");
        assertThat(Files.readString(settings())).contains("demo=true");
        assertThat(dataDir.resolve(SingleInstance.LOCK_FILE)).as("the demo start holds the data folder").exists();
    }

    @Test
    void aBadProviderAddressIsRefusedWithWhyAndAGoodOneIsSaved() throws Exception {
        assumeTrue(System.getenv(AppOptions.TOKEN_ENV) == null, "needs a start without " + AppOptions.TOKEN_ENV);
        startWithoutEndpoint();

        robot.clickOn("#choice-url").write("http://order.example.com/api/v1");
        robot.clickOn("#choice-connect");
        waitFor("#choice-url-problem");
        assertThat(FxThread.call(() -> robot.lookup("#choice-url-problem").queryAs(Label.class).getText()))
                .contains("https://");
        assertThat(settings()).doesNotExist();

        FxThread.run(() -> robot.lookup("#choice-url").queryAs(TextField.class).setText("http://127.0.0.1:9/api/v1"));
        assertThat(visible("#choice-url-problem")).as("typing again takes the problem away").isFalse();
        robot.clickOn("#choice-connect");

        // without a kept session, the provider's start asks the person to sign in through the browser
        waitFor("#signin-view");
        assertThat(Files.readString(settings())).contains("api.url=http\\://127.0.0.1\\:9/api/v1");
    }

    @Test
    void theDemoIsLabelledAndItsAccountMenuOffersOnlyLeavingIt() throws Exception {
        app.start("--sandbox", "--locale", "en", "--data-dir", dataDir.toString());
        waitFor("#demo-badge");

        openAccountMenu("#leave-demo");

        assertThat(visible("#signout")).isFalse();
        assertThat(visible("#switch-account")).isFalse();
        assertThat(FxThread.call(() -> robot.lookup("#account-email").queryAs(Label.class).getText())).contains("@");
        assertThat(FxThread.call(() -> robot.lookup("#account-role").queryAs(Label.class).getText()))
                .isEqualTo("Customer");
        assertThat(FxThread.call(() -> robot.lookup("#account-customer").queryAs(Label.class).getText()))
                .contains("Muster GmbH");
        FxThread.run(() -> robot.lookup("#account-menu").queryAs(MenuButton.class).hide());
    }

    @Test
    void leavingTheDemoAsksForgetsTheChoiceAndShowsTheFirstStartsChoiceInTheSameWindow() throws Exception {
        Files.writeString(settings(), "demo=true\n");
        app.start("--locale", "en", "--data-dir", dataDir.toString());
        waitFor("#demo-badge");
        openAccountMenu("#leave-demo");

        robot.clickOn("#leave-demo");
        Wait.onFx("the question before leaving", TIMEOUT, () -> confirmButton() != null);
        robot.clickOn(FxThread.call(this::confirmButton));

        waitFor("#endpoint-choice");
        Wait.until("the demo choice to be forgotten", TIMEOUT,
                () -> !Files.readString(settings()).contains("demo=true"));

        robot.clickOn("#choice-demo");
        waitFor("#demo-badge");
        assertThat(Files.readString(settings())).contains("demo=true");
    }

    @Test
    void withATokenTheAccountMenuNamesThePersonButOffersNoSignOut() throws Exception {
        try (LoopbackSandbox sandbox = new LoopbackSandbox()) {
            Path token = Files.writeString(dataDir.resolve("token"), SandboxDemo.CUSTOMER_TOKEN);
            app.start("--api-url", sandbox.baseUri().toString(), "--token-file", token.toString(), "--locale", "en",
                    "--data-dir", dataDir.toString());
            waitFor("#account-menu");
            assertThat(visible("#demo-badge")).isFalse();

            openAccountMenu("#account-token-note");
            assertThat(FxThread.call(() -> robot.lookup("#account-email").queryAs(Label.class).getText())).contains("@");

            assertThat(visible("#signout")).isFalse();
            assertThat(visible("#leave-demo")).isFalse();
            FxThread.run(() -> robot.lookup("#account-menu").queryAs(MenuButton.class).hide());
        }
    }

    /** The confirm button of the question shown, or null while none is. */
    private Button confirmButton() {
        return robot.lookup(".dialog-pane .button").match(NodeQueryUtils.isVisible()).queryAllAs(Button.class)
                .stream().filter(b -> b.getText().equals("Leave the demo")).findFirst().orElse(null);
    }
}
