package de.cloudhub.order.ui.ordering;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.AlertDialogService;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.billing.BillingPage;
import de.cloudhub.order.ui.wizard.region.RegionPage;
import de.cloudhub.order.ui.wizard.summary.SummaryPage;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A look at one checkout page against the sandbox, for screenshots under Xvfb:
 * {@code CheckoutPreview <region|billing|billing-new|billing-sales|summary|summary-ticked|summary-export> <de|en> [seconds]}.
 */
public final class CheckoutPreview extends Application {
    private CheckoutSandbox sandbox;
    private ApiClient api;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String which = args.isEmpty() ? "summary" : args.get(0);
        Locale locale = args.size() > 1 && "en".equals(args.get(1)) ? Locale.ENGLISH : Locale.GERMAN;
        double seconds = args.size() > 2 ? Double.parseDouble(args.get(2)) : 8;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        sandbox = new CheckoutSandbox();
        api = sandbox.client(which.equals("billing-sales") ? SandboxDemo.SALES_TOKEN : SandboxDemo.CUSTOMER_TOKEN);
        OrderState state = which.equals("billing-sales") ? sandbox.loadedState(api) : sandbox.filledState(api);
        OrderSession ctx = sandbox.context(state, api);
        WizardPage page = switch (which) {
            case "region" -> RegionPage.create(ctx);
            case "billing", "billing-new", "billing-sales" -> BillingPage.create(ctx);
            default -> SummaryPage.create(ctx, new AlertDialogService(() -> stage, () -> new I18n(locale)));
        };
        if (which.equals("billing-new")) {
            state.billingModeProperty().set(BillingMode.NEW);
            state.companyProperty().set("Beispiel AG");
            state.postalCodeProperty().set("2045");
            state.vatIdProperty().set("DE12345");
        }
        if (which.equals("summary-ticked") || which.equals("summary-export")) {
            state.termsAcceptedProperty().set(true);
        }
        page.viewModel().onEnter();
        Scene scene = new Scene((javafx.scene.Parent) page.viewFactory().apply(new I18n(locale)), 1100, 780);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Checkout preview " + which);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (which.equals("summary-export")) {
            Platform.runLater(() -> ((javafx.scene.control.Button) scene.lookup("#export-request")).fire());
        }
        PauseTransition exit = new PauseTransition(Duration.seconds(seconds));
        exit.setOnFinished(e -> Platform.exit());
        exit.play();
    }

    @Override
    public void stop() {
        api.close();
        sandbox.close();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
