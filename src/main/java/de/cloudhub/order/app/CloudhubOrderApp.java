package de.cloudhub.order.app;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.drafts.ContextCache;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.ui.common.AlertDialogService;
import de.cloudhub.order.ui.common.AppIcons;
import de.cloudhub.order.ui.common.Browser;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FallbackLinkOpener;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.main.AppNavigation;
import de.cloudhub.order.ui.main.CatalogSource;
import de.cloudhub.order.ui.main.Destination;
import de.cloudhub.order.ui.main.MainWindow;
import de.cloudhub.order.ui.main.MainWindowViewModel;
import de.cloudhub.order.ui.status.NotificationTray;
import de.cloudhub.order.ui.status.OrderTrackingFeature;
import de.cloudhub.order.ui.status.WatchSettings;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.SessionServices;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: parses the options (the same as {@link Launcher}'s), builds every object by
 * constructor — the one catalog source, the navigation, the factory of order sessions (one per
 * draft) — shows the main window, and shuts everything down on exit.
 */
public final class CloudhubOrderApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CloudhubOrderApp.class);
    static final String STYLESHEET = "/de/cloudhub/order/ui/app.css";

    /** The system browser, or a stand-in from a test. */
    private final Browser browser;
    private final Clock clock = Clock.systemUTC();
    private AppContext context;
    private Stage stage;
    private MainWindow window;
    private DialogService dialogs;
    private ScheduledExecutorService pollScheduler;
    private OrderTrackingFeature tracking;
    private CatalogSource catalogSource;
    private AppNavigation navigation;
    private SessionServices services;
    private DraftRepository drafts;
    private final ReadOnlyObjectWrapper<OrderSession> session = new ReadOnlyObjectWrapper<>(this, "session");

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
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        Browser system = browser != null ? browser : new SystemBrowser(url -> getHostServices().showDocument(url));
        dialogs = new AlertDialogService(() -> stage, () -> window.i18n());
        LinkOpener links = new FallbackLinkOpener(system, Platform::runLater, dialogs, () -> window.i18n());
        pollScheduler = OrderTrackingFeature.newScheduler();
        catalogSource = new CatalogSource(context.api(), context.tasks(), ContextCache.NONE, pollScheduler, clock);
        services = new SessionServices(context.api(), context.tasks(), links, context.portalPolicy(), outcomes());
        navigation = new AppNavigation(this::edit);

        MainWindowViewModel main = new MainWindowViewModel(catalogSource, context.baseUrl(), context.isSandbox(),
                context.locale());
        window = new MainWindow(main, navigation, session.getReadOnlyProperty(), this::placeView, dialogs);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(dialogs, window::i18n, context.logFile()));

        NotificationTray notifications = new NotificationTray(window::i18n, NotificationTray.Durations.defaults());
        window.setNotificationArea(notifications.node());
        tracking = new OrderTrackingFeature(context.api(), context.followedOrders(), pollScheduler,
                Platform::runLater, links, context.portalPolicy(), AppOptions.APP_VERSION, window::i18n,
                notifications, WatchSettings.defaults(), Clock.systemDefaultZone());
        tracking.setOrderOpener(navigation::showOrder);
        tracking.setOrderAgain(this::orderAgain);
        catalogSource.catalogProperty().addListener((o, was, now) -> tracking.setCatalog(now));
        navigation.newOrder();

        Scene scene = new Scene(window.root(), 1180, 780);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(window.i18n().t("app.title"));
        window.i18nProperty().addListener((o, was, now) -> stage.setTitle(now.t("app.title")));
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> saveEditedDraft());
        catalogSource.phaseProperty().addListener((o, was, now) -> {
            if (now == de.cloudhub.order.ui.main.ConnectionPhase.READY && was != now) {
                tracking.resumeFollowed();
            }
        });
        stage.show();
        catalogSource.start();
    }

    /** The window's main view (tests look into it). */
    MainWindow mainWindow() {
        return window;
    }

    /** The session the wizard edits (tests look into it). */
    OrderSession session() {
        return session.get();
    }

    /** The session factory: makes the wizard edit {@code draft} (null: a new order), disposing the session before. */
    private void edit(DraftRecord draft) {
        OrderSession old = session.get();
        if (old != null) {
            old.dispose();
        }
        OrderSession next = new OrderSession(services, draft);
        next.buildWizard(opened -> StepPages.create(opened, dialogs));
        next.follow(catalogSource.catalogProperty(), catalogSource.meProperty(), catalogSource.termsProperty(),
                catalogSource.offlineProperty());
        if (drafts != null) {
            next.autosaveTo(drafts);
        }
        session.set(next);
        LOG.info(draft == null ? "New order" : "Editing draft {}", next.draftId());
    }

    private OrderOutcomes outcomes() {
        return new OrderOutcomes() {
            @Override
            public void placed(OrderSession from, Order order) {
                LOG.info("Order {} placed", order.id());
                tracking.follow(order);
                navigation.showOrder(order.id());
            }

            @Override
            public void earlierFound(OrderSession from, Order order) {
                LOG.info("Order {} was placed by an earlier press", order.id());
                tracking.follow(order);
            }
        };
    }

    private Node placeView(Destination where, I18n t) {
        return switch (where.place()) {
            case ORDER_STATUS -> tracking.statusView(where.orderId(), t);
            case ORDERS_OVERVIEW -> tracking.overview(t, navigation::showOrder);
            case DRAFTS -> new Label(t.t("app.drafts"));
            case WIZARD -> throw new IllegalArgumentException("The wizard is the main window's own");
        };
    }

    /**
     * A new draft with the settings of a failed order: a new id, no Idempotency-Key (the failed order's
     * key would only meet that order again), the price and the terms to see and accept again.
     */
    private void orderAgain(Order failed) {
        OrderRequest was = failed.request();
        if (was == null) {
            return;
        }
        OrderRequest again = new OrderRequest(was.customerId(), was.serviceId(), was.nodeSize(), was.storageGb(),
                was.trustedSources(), was.allowAllAddresses(), was.region(), was.maxmemoryPolicy(), was.billing(),
                new TermsAcceptance(null, false), null, was.reference());
        Instant now = clock.instant();
        Me me = catalogSource.getMe();
        navigation.openDraft(new DraftRecord(UUID.randomUUID().toString(), "", false, again.customerId(),
                me != null && me.customer() != null ? me.customer().name() : null, now, now, null, DraftState.DRAFT,
                null, again, null, null, null));
        session.get().saveNow();
        LOG.info("Ordering again with the settings of order {}", failed.id());
    }

    private void saveEditedDraft() {
        OrderSession editing = session.get();
        if (editing != null) {
            editing.saveNow();
        }
    }

    @Override
    public void stop() {
        saveEditedDraft();
        if (catalogSource != null) {
            catalogSource.close();
        }
        if (tracking != null) {
            tracking.close();
        }
        if (pollScheduler != null) {
            pollScheduler.shutdownNow();
        }
        if (context != null) {
            context.close();
        }
    }
}
