package de.cloudhub.order.app;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.ui.common.AlertDialogService;
import de.cloudhub.order.ui.common.AppIcons;
import de.cloudhub.order.ui.common.CopyButton;
import de.cloudhub.order.ui.common.Browser;
import de.cloudhub.order.ui.common.FallbackLinkOpener;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.main.MainWindow;
import de.cloudhub.order.ui.main.MainWindowViewModel;
import de.cloudhub.order.ui.main.MissingTokenView;
import de.cloudhub.order.ui.main.MissingTokenViewModel;
import de.cloudhub.order.ui.status.NotificationTray;
import de.cloudhub.order.ui.status.OrderTrackingFeature;
import de.cloudhub.order.ui.status.WatchSettings;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import de.cloudhub.order.ui.wizard.DraftDescription;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.PageContext;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.WizardShellViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: parses the options (the same as {@link Launcher}'s), builds every object by
 * constructor, shows the main window, and shuts everything down on exit.
 */
public final class CloudhubOrderApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CloudhubOrderApp.class);
    static final String STYLESHEET = "/de/cloudhub/order/ui/app.css";

    /** The system browser, or a stand-in from a test. */
    private final Browser browser;
    private AppContext context;
    /** This process's hold on the data folder; a second start's request arrives through it. */
    private SingleInstance instance;
    /** The options of a start without a token (then the window only says how to give one), else null. */
    private AppOptions tokenless;
    private Stage stage;
    private MainWindow window;
    private WizardShellViewModel wizard;
    private DialogService dialogs;
    private boolean draftOffered;
    private ScheduledExecutorService pollScheduler;
    private OrderTrackingFeature tracking;

    public CloudhubOrderApp() {
        this((Browser) null);
    }

    /** For tests: {@code linkOpener} receives every link the app would open in the system browser. */
    CloudhubOrderApp(LinkOpener linkOpener) {
        this(url -> {
            linkOpener.open(url);
            return CompletableFuture.completedFuture(true);
        });
    }

    /** For tests: {@code browser} stands in for the system browser (null: the real one). */
    CloudhubOrderApp(Browser browser) {
        this.browser = browser;
    }

    @Override
    public void init() {
        ProxyEnvironment.useSystemProxies();
        Launcher.WindowStart prepared = Launcher.prepareWindow(getParameters().getRaw());
        if (!prepared.started()) {
            System.exit(prepared.exitCode());
        }
        context = prepared.context();
        instance = prepared.instance();
        tokenless = prepared.tokenless();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (tokenless != null) {
            showMissingToken();
            return;
        }

        OrderState state = context.state();
        NavigatorRelay navigator = new NavigatorRelay();
        Browser system = browser != null ? browser : new SystemBrowser(url -> getHostServices().showDocument(url));
        dialogs = new AlertDialogService(() -> stage, () -> window.i18n());
        LinkOpener links = new FallbackLinkOpener(system, Platform::runLater, dialogs, () -> window.i18n());
        PageContext pageContext = new PageContext(state, context.api(), context.tasks(), navigator, links,
                this::orderPlaced, this::keepForLater, this::earlierOrderFound, context.portalPolicy());
        List<WizardPage> pages = StepPages.create(pageContext);
        wizard = new WizardShellViewModel(pages, state);
        navigator.connect(wizard);

        MainWindowViewModel main = new MainWindowViewModel(context.api(), context.tasks(), state,
                context.baseUrl(), context.isSandbox(), context.locale());
        window = new MainWindow(main, wizard, dialogs);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(dialogs, window::i18n, context.logFile()));

        NotificationTray notifications = new NotificationTray(window::i18n, NotificationTray.Durations.defaults());
        window.setNotificationArea(notifications.node());
        pollScheduler = OrderTrackingFeature.newScheduler();
        tracking = new OrderTrackingFeature(context.api(), context.followedOrders(), pollScheduler,
                Platform::runLater, links, context.portalPolicy(), AppOptions.APP_VERSION, window::i18n,
                notifications, WatchSettings.defaults(), Clock.systemDefaultZone());
        tracking.setOrderOpener(this::showOrder);
        tracking.setOrderAgain(this::orderAgain);
        window.setOrdersAction(this::showOverview);
        state.customerIdProperty().addListener((o, was, now) -> {
            Me me = state.meProperty().get();
            tracking.setCustomerId(me != null && me.isSales() ? now : null);
        });

        Scene scene = new Scene(window.root(), 1180, 780);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(window.i18n().t("app.title"));
        window.i18nProperty().addListener((o, was, now) -> stage.setTitle(now.t("app.title")));
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        main.setOnReady(() -> {
            tracking.resumeFollowed();
            offerKeptDraft();
        });
        stage.show();
        main.load();
        instance.onRequest(request -> Platform.runLater(() -> secondStart(request)));
    }

    /** A second start with this data folder: the window comes to the front. */
    private void secondStart(InstanceRequest request) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        request.fileToOpen().ifPresent(file -> LOG.info("A second start names the file {}", file));
    }

    /** The window for a start without a token: what is missing and how to give it. */
    private void showMissingToken() {
        Locale locale = tokenless.locale() != null ? tokenless.locale() : I18n.defaultLocale();
        I18n t = new I18n(locale);
        MissingTokenView view = new MissingTokenView(
                new MissingTokenViewModel(tokenless.apiUrl(), getParameters().getRaw()), t,
                CopyButton.systemClipboard(), stage::close);
        // as tall as its text needs at this width, in either language
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(t.t("app.missing-token.title") + " – " + t.t("app.title"));
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(560);
        stage.sizeToScene();
        stage.show();
    }

    /** The window's main view (tests look into it). */
    MainWindow mainWindow() {
        return window;
    }

    private void showOrder(String orderId) {
        window.showContent(i18n -> tracking.statusView(orderId, i18n));
    }

    private void showOverview() {
        window.showContent(i18n -> tracking.overview(i18n, this::showOrder));
    }

    private void orderPlaced(Order order) {
        LOG.info("Order {} placed", order.id());
        forgetKeptDraft();
        tracking.follow(order);
        wizard.discard();
        showOrder(order.id());
    }

    /** An earlier press placed this order after all; the wizard keeps the changed input the user sees. */
    private void earlierOrderFound(Order order) {
        LOG.info("Order {} was placed by an earlier press", order.id());
        forgetKeptDraft();
        tracking.follow(order);
    }

    /** The kept draft's key has its order now; offering the draft again would only meet that order. */
    private void forgetKeptDraft() {
        deleteKeptDraft("Forgot the order kept for later: its order exists");
    }

    /** Deletes the kept draft off the FX thread and logs {@code doneMessage}. */
    private void deleteKeptDraft(String doneMessage) {
        context.tasks().run(() -> {
            context.drafts().delete();
            return Boolean.TRUE;
        }, done -> LOG.info(doneMessage), error -> LOG.warn("Cannot delete the kept order", error));
    }

    private void keepForLater(OrderDraft draft) {
        context.tasks().run(() -> {
            context.drafts().save(draft);
            return context.drafts().file();
        }, file -> {
            I18n t = window.i18n();
            dialogs.showInfo(t.t("app.draft.kept.title"), t.t("app.draft.kept.message", file.toString()));
        }, error -> {
            LOG.warn("Cannot keep the order for later", error);
            I18n t = window.i18n();
            dialogs.showError(t.t("app.draft.save-failed.title"),
                    t.t("app.draft.save-failed.message", String.valueOf(error.getMessage())));
        });
    }

    /** Once the context is loaded: offers to continue the order kept for later, if there is one. */
    private void offerKeptDraft() {
        if (draftOffered) {
            return;
        }
        draftOffered = true;
        context.tasks().run(() -> new Kept(context.drafts().load(), context.drafts().keptAt()), this::askToRestore,
                error -> LOG.warn("Cannot read the kept order", error));
    }

    /** The kept order and when it was kept. */
    private record Kept(Optional<OrderDraft> draft, Optional<Instant> at) {
    }

    private void askToRestore(Kept kept) {
        if (kept.draft().isEmpty()) {
            return;
        }
        I18n t = window.i18n();
        OrderState state = context.state();
        String which = DraftDescription.of(kept.draft().get(), state.catalogProperty().get(), t);
        String message = kept.at()
                .map(at -> t.t("app.draft.restore.message.dated", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(t.locale()).withZone(ZoneId.systemDefault()).format(at), which))
                .orElseGet(() -> t.t("app.draft.restore.message", which));
        if (dialogs.confirm(t.t("app.draft.restore.title"), message,
                t.t("app.draft.restore.confirm"), t.t("app.draft.restore.discard"))) {
            fillWizard(kept.draft().get());
            LOG.info("Restored the order kept for later");
        } else {
            deleteKeptDraft("Discarded the order kept for later");
        }
    }

    /** Fills the wizard with a whole order and shows the step where the person goes on. */
    private void fillWizard(OrderDraft draft) {
        OrderState state = context.state();
        state.loadDraft(draft);
        Me me = state.meProperty().get();
        if (me != null && !me.isSales() && me.customer() != null) {
            state.customerIdProperty().set(me.customer().id());
        }
        wizard.resumeFilledOrder();
        window.showWizard();
    }

    /**
     * A new order with the settings of a failed one: a new Idempotency-Key (the failed order's key
     * would only meet that order again), a fresh price and the terms to accept again. Asks first when
     * the wizard holds other input.
     */
    private void orderAgain(Order failed) {
        if (failed.request() == null) {
            return;
        }
        I18n t = window.i18n();
        if (wizard.getCurrentIndex() >= 0 && wizard.hasInput() && !dialogs.confirmDestructive(
                t.t("app.order-again.replace.title"), t.t("app.order-again.replace.message"),
                t.t("app.order-again.replace.confirm"), t.t("app.order-again.replace.cancel"))) {
            return;
        }
        OrderDraft draft = OrderDraft.fromRequest(failed.request());
        draft.setIdempotencyKey(null);
        draft.setQuotedMonthlyNet(null);
        draft.setTerms(null);
        fillWizard(draft);
        LOG.info("Ordering again with the settings of order {}", failed.id());
    }

    @Override
    public void stop() {
        try {
            if (tracking != null) {
                tracking.close();
            }
            if (pollScheduler != null) {
                pollScheduler.shutdownNow();
            }
            if (context != null) {
                context.close();
            }
        } finally {
            // last: until here a second start is handed to this app, not started beside it
            if (instance != null) {
                instance.close();
            }
        }
    }
}
