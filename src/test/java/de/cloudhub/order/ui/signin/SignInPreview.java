package de.cloudhub.order.ui.signin;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.auth.SessionKeeping;
import de.cloudhub.order.auth.SignInException;
import de.cloudhub.order.ui.common.I18n;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the sign-in window in one state, to look at it (not a test): arguments {@code en|de},
 * {@code idle|waiting|failed|ended}, {@code keyring|memory|file}.
 */
public final class SignInPreview extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Locale locale = args.isEmpty() || args.get(0).equals("en") ? Locale.ENGLISH : Locale.GERMAN;
        String state = args.size() > 1 ? args.get(1) : "idle";
        SessionKeeping kept = args.size() > 2 ? SessionKeeping.valueOf(args.get(2).toUpperCase(Locale.ROOT))
                : SessionKeeping.KEYRING;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FakeSignInFlow flow = new FakeSignInFlow(kept);
        SignInViewModel vm = new SignInViewModel(flow, URI.create("https://order.example.com/api/v1"),
                state.equals("ended") ? SignInViewModel.Occasion.SESSION_ENDED : SignInViewModel.Occasion.SIGN_IN,
                url -> { }, Platform::runLater, new SignInViewModel.Actions() {
                    @Override
                    public void signedIn() {
                    }

                    @Override
                    public void useDemo() {
                    }

                    @Override
                    public void changeEndpoint() {
                    }
                }, true);
        Scene scene = new Scene(new SignInView(vm, new I18n(locale), text -> { }).root(), 1000, 720);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Sign-in preview");
        stage.show();
        if (state.equals("waiting") || state.equals("failed")) {
            vm.signIn();
            FakeSignInFlow.Pending pending = flow.started();
            if (state.equals("failed")) {
                pending.fail(SignInException.Reason.UNREACHABLE);
            }
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
