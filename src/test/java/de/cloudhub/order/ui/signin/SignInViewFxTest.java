package de.cloudhub.order.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.auth.SessionKeeping;
import de.cloudhub.order.auth.SignInException;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.I18n;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sign-in window driven by mouse: Sign in, waiting with Cancel and Copy link, a failure, where the session stays. */
@ExtendWith(ApplicationExtension.class)
class SignInViewFxTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final URI ENDPOINT = URI.create("https://order.example.com/api/v1");

    private Stage stage;
    private SignInViewModel vm;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final List<String> happened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void disposeTheWindow() {
        if (vm != null) {
            FxThread.run(vm::dispose);
        }
    }

    private FakeSignInFlow show(SessionKeeping kept, SignInViewModel.Occasion occasion, Locale locale) {
        FakeSignInFlow flow = new FakeSignInFlow(kept);
        FxThread.run(() -> {
            vm = new SignInViewModel(flow, ENDPOINT, occasion, opened::add, Platform::runLater,
                    new SignInViewModel.Actions() {
                        @Override
                        public void signedIn() {
                            happened.add("signed-in");
                        }

                        @Override
                        public void useDemo() {
                            happened.add("demo");
                        }

                        @Override
                        public void changeEndpoint() {
                            happened.add("change");
                        }
                    }, true);
            Scene scene = new Scene(new SignInView(vm, new I18n(locale), copied::add).root(), 760, 640);
            scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        return flow;
    }

    /** Present, and neither it nor a parent hidden. */
    private boolean visible(String query) {
        return FxThread.call(() -> lookup(query).tryQuery().map(node -> {
            for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    private String text(String query) {
        return FxThread.call(() -> lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void signInWaitsForTheBrowserAndCancelOffersItAgain() {
        FakeSignInFlow flow = show(SessionKeeping.KEYRING, SignInViewModel.Occasion.SIGN_IN, Locale.ENGLISH);
        assertThat(lookup("#signin-view").tryQuery()).isPresent();
        assertThat(FxThread.call(() -> lookup("#signin-button").queryButton().getText()))
                .isEqualTo("Sign in with Cloudhub");
        assertThat(text("#signin-endpoint")).contains(ENDPOINT.toString());

        clickOn("#signin-button");
        Wait.until("the sign-in to begin", WAIT, () -> flow.begun.size() == 1);
        flow.started();
        Wait.onFx("the waiting state", WAIT, () -> visible("#signin-cancel"));

        assertThat(text("#signin-waiting")).isEqualTo("Finish signing in in your browser …");
        assertThat(opened).containsExactly(FakeSignInFlow.AUTHORIZE.toString());
        assertThat(visible("#signin-button")).isFalse();

        clickOn("#signin-copy-link");
        Wait.until("the link on the clipboard", WAIT, () -> copied.size() == 1);
        assertThat(copied).containsExactly(FakeSignInFlow.AUTHORIZE.toString());

        clickOn("#signin-cancel");
        Wait.onFx("Sign in offered again", WAIT, () -> visible("#signin-button"));
        assertThat(visible("#signin-cancel")).isFalse();
        assertThat(happened).isEmpty();
    }

    @Test
    void aFailureSaysWhyAndOffersToTryAgain() {
        FakeSignInFlow flow = show(SessionKeeping.KEYRING, SignInViewModel.Occasion.SIGN_IN, Locale.ENGLISH);
        clickOn("#signin-button");
        Wait.until("the sign-in to begin", WAIT, () -> flow.begun.size() == 1);

        flow.started().fail(SignInException.Reason.DENIED);

        Wait.onFx("the failure", WAIT, () -> visible("#signin-failure"));
        assertThat(text("#signin-failure")).contains("declined");
        assertThat(FxThread.call(() -> lookup("#signin-button").queryButton().getText())).isEqualTo("Try again");
    }

    @Test
    void theBrowsersAnswerSignsIn() {
        FakeSignInFlow flow = show(SessionKeeping.KEYRING, SignInViewModel.Occasion.SIGN_IN, Locale.ENGLISH);
        clickOn("#signin-button");
        Wait.until("the sign-in to begin", WAIT, () -> flow.begun.size() == 1);

        flow.started().succeed();

        Wait.until("the app to be told", WAIT, () -> happened.contains("signed-in"));
    }

    @Test
    void withAKeyringTheWindowSaysSoAndAsksNothing() {
        show(SessionKeeping.KEYRING, SignInViewModel.Occasion.SIGN_IN, Locale.ENGLISH);

        Wait.onFx("the keeping", WAIT, () -> lookup("#signin-keeping").queryAs(Label.class).getText()
                .startsWith("You stay signed in on this computer"));
        assertThat(visible("#signin-remember")).isFalse();
    }

    @Test
    void withoutAKeyringRememberMeIsOfferedAndChosen() {
        FakeSignInFlow flow = show(SessionKeeping.MEMORY, SignInViewModel.Occasion.SIGN_IN, Locale.ENGLISH);
        Wait.onFx("Remember me", WAIT, () -> visible("#signin-remember"));
        assertThat(text("#signin-keeping")).isEqualTo("No keyring found: you stay signed in until the app closes.");

        clickOn("#signin-remember");

        Wait.until("the choice handed to the flow", WAIT, () -> flow.remembered.equals(List.of(true)));
        assertThat(FxThread.call(() -> lookup("#signin-remember").queryAs(CheckBox.class).isSelected())).isTrue();
        assertThat(text("#signin-keeping")).contains("in a file only you can read");
    }

    @Test
    void aSessionThatEndedSaysTheDraftsAreKeptInGerman() {
        show(SessionKeeping.FILE, SignInViewModel.Occasion.SESSION_ENDED, Locale.GERMAN);

        assertThat(text("#signin-title")).isEqualTo("Ihre Sitzung ist abgelaufen");
        assertThat(text("#signin-message")).contains("order.example.com", "Entwürfe bleiben erhalten");
        assertThat(FxThread.call(() -> lookup("#signin-remember").queryAs(CheckBox.class).isSelected())).isTrue();
        assertThat(FxThread.call(() -> lookup("#signin-button").queryAs(Button.class).getText()))
                .isEqualTo("Mit Cloudhub anmelden");
    }

    @Test
    void useTheDemoInsteadIsHandedToTheApp() {
        show(SessionKeeping.KEYRING, SignInViewModel.Occasion.SIGN_IN, Locale.ENGLISH);

        clickOn("#signin-use-demo");

        Wait.until("the app to be told", WAIT, () -> happened.contains("demo"));
    }
}
