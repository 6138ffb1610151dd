package de.cloudhub.order.ui.ordering;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Hosts one checkout page alone in a stage (headless under Monocle), against a real sandbox.
 * Server work runs on the calling thread ({@code DirectTaskRunner}) so the tests need no waiting.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class CheckoutPageFxBase extends FxRobot {
    protected CheckoutSandbox sandbox;
    protected ApiClient api;
    protected OrderState state;
    protected WizardPage page;

    protected void show(Stage stage, String token, Function<ApiClient, OrderState> stateMaker,
                        Function<OrderSession, WizardPage> factory, Locale locale) {
        show(stage, token, stateMaker, factory, locale, new DirectTaskRunner());
    }

    /** Like the other, with server work run by {@code tasks} (e.g. an {@code FxTaskRunner} to see progress). */
    protected void show(Stage stage, String token, Function<ApiClient, OrderState> stateMaker,
                        Function<OrderSession, WizardPage> factory, Locale locale, TaskRunner tasks) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        sandbox = new CheckoutSandbox();
        api = sandbox.client(token);
        state = stateMaker.apply(api);
        page = factory.apply(sandbox.context(state, api, tasks));
        page.viewModel().onEnter();
        Scene scene = new Scene((Parent) page.viewFactory().apply(new I18n(locale)), 1000, 760);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    // TestFX looks for @Stop only in the test class itself, so it would never reach this base class
    @AfterEach
    void closeSandbox() {
        if (api != null) {
            api.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
