package de.cloudhub.order.app;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.drafts.DraftFile;
import de.cloudhub.order.drafts.DraftFileImport;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.drafts.OpenProblem;
import de.cloudhub.order.drafts.Settings;
import de.cloudhub.order.drafts.StoredBillingCache;
import de.cloudhub.order.drafts.StoredContext;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.ui.common.AlertDialogService;
import de.cloudhub.order.ui.common.AppIcons;
import de.cloudhub.order.ui.common.CopyButton;
import de.cloudhub.order.ui.common.Browser;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FallbackLinkOpener;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.main.About;
import de.cloudhub.order.ui.main.AppNavigation;
import de.cloudhub.order.ui.drafts.DraftTransfer;
import de.cloudhub.order.ui.drafts.DraftsPlace;
import de.cloudhub.order.ui.drafts.DraftsViewModel;
import de.cloudhub.order.ui.main.CatalogSource;
import de.cloudhub.order.ui.main.ConnectionPhase;
import de.cloudhub.order.ui.main.OutcomeCheck;
import de.cloudhub.order.ui.main.Destination;
import de.cloudhub.order.ui.main.MainWindow;
import de.cloudhub.order.ui.main.MainWindowViewModel;
import de.cloudhub.order.ui.main.MissingTokenView;
import de.cloudhub.order.ui.main.MissingTokenViewModel;
import de.cloudhub.order.ui.main.StartingView;
import de.cloudhub.order.ui.status.CustomerNames;
import de.cloudhub.order.ui.status.NotificationTray;
import de.cloudhub.order.ui.status.OrderTrackingFeature;
import de.cloudhub.order.ui.status.WatchSettings;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.SessionServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
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
    /** The longest the window waits for the store's saved place and language before it shows without them. */
    private static final Duration FRAME_WAIT = Duration.ofSeconds(1);

    /** What the main window is built from: everything below it, and what the store said at start. */
    private record Started(AppContext context, Startup read) {
    }
    static final String STYLESHEET = "/de/cloudhub/order/ui/app.css";

    /** The system browser, or a stand-in from a test. */
    private final Browser browser;
    private final Clock clock = Clock.systemUTC();
    private AppContext context;
    /** Everything below the window, starting in the background. */
    private AppStart starting;
    private Scene scene;
    private I18n frameI18n;
    private boolean stopped;
    /** This process's hold on the data folder; a second start's request arrives through it. */
    private SingleInstance instance;
    /** The options of a start without a token (then the window only says how to give one), else null. */
    private AppOptions tokenless;
    private Stage stage;
    private MainWindow window;
    private DialogService dialogs;
    private ScheduledExecutorService pollScheduler;
    private OrderTrackingFeature tracking;
    private CustomerNames customerNames;
    private CatalogSource catalogSource;
    private AppNavigation navigation;
    private SessionServices services;
    private DraftRepository drafts;
    private Startup startup;
    /** True when the frame showed before the store was read ({@link #FRAME_WAIT}); FX thread only. */
    private boolean frameWithoutStore;
    private MainWindowViewModel main;
    private OutcomeCheck outcomeCheck;
    private DraftTransfer draftFiles;
    private DraftsViewModel.Transfer transfer;
    private DraftsPlace draftsPlace;
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
        Launcher.WindowStart prepared = Launcher.takePrepared(getParameters().getRaw());
        if (prepared == null) {
            prepared = Launcher.prepareWindow(getParameters().getRaw());
        }
        if (!prepared.started()) {
            System.exit(prepared.exitCode());
        }
        starting = prepared.start();
        instance = prepared.instance();
        tokenless = prepared.tokenless();
    }

    /**
     * Shows the window as soon as the store has said where it was and in which language, with the app's
     * frame and the loading message; the rest (sandbox, client, catalog) comes when it is ready.
     */
    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (tokenless != null) {
            showMissingToken();
            return;
        }
        // a store that is slow to open (locked by another program, a slow disk) never keeps the window back
        // for long: after FRAME_WAIT the frame shows without the saved place and language, which follow later
        starting.startup().copy().completeOnTimeout(null, FRAME_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((read, e) -> {
                    if (e != null) {
                        LOG.warn("Reading the last draft, language and window place failed; the window opens as new",
                                AppStart.cause(e));
                    } else if (read == null) {
                        LOG.info("The local store is slow to open; the window shows before it");
                        frameWithoutStore = true;
                    }
                    showFrame(read);
                    return null;
                }, Platform::runLater)
                .exceptionally(e -> failedOnFx("Showing the window failed", e));
    }

    /** The window with the app's frame, at the place the person left it. */
    private void showFrame(Startup read) {
        startup = read != null ? read : Startup.none();
        AppOptions options = starting.options();
        // an explicit --locale wins over the language last chosen in the window
        Locale locale = options.locale() != null ? options.locale() : startup.locale().orElse(I18n.defaultLocale());
        frameI18n = new I18n(locale);
        dialogs = new AlertDialogService(() -> stage, () -> window != null ? window.i18n() : frameI18n);
        scene = new Scene(StartingView.build(frameI18n), 1180, 780);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(frameI18n.t("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // the place the person left the window at, or the app's own size (never whatever the stage had before)
        startup.placement().filter(WindowPlacement::isOnAScreen).ifPresentOrElse(p -> p.applyTo(stage), () -> {
            stage.setWidth(scene.getWidth());
            stage.setHeight(scene.getHeight());
        });
        // the frame is laid out in the first pulse and drawn at its end; the main window, which keeps the FX
        // thread busy for a while, is built only once a second pulse says the frame is on the screen
        afterNextPulse(() -> {
            starting.times().windowShown();
            afterNextPulse(() -> buildWhenStarted(locale));
        });
        stage.show();
        stage.getIcons().setAll(AppIcons.windowIcons());
    }

    /** Builds the main window once everything below it has started, or says why the start failed. */
    private void buildWhenStarted(Locale frameLocale) {
        CompletableFuture<Startup> read = starting.startup().exceptionally(e -> Startup.none());
        starting.context().thenCombine(read, Started::new).handleAsync((started, e) -> {
            if (e != null) {
                startFailed(AppStart.cause(e));
            } else if (!stopped) {
                Locale locale = frameLocale;
                if (frameWithoutStore) {
                    // the frame showed before the store was read: what it holds applies now
                    startup = started.read();
                    if (starting.options().locale() == null) {
                        locale = startup.locale().orElse(frameLocale);
                    }
                    startup.placement().filter(WindowPlacement::isOnAScreen).ifPresent(p -> p.applyTo(stage));
                }
                startMain(started.context(), locale);
            }
            return null;
        }, Platform::runLater).exceptionally(e -> failedOnFx("Building the main window failed", e));
    }

    /**
     * A step of the start on the FX thread failed (the window could not be shown or built): no window
     * would ever come, so say so in a dialog where one can be shown, and end with {@link Launcher#EXIT_FAILED}
     * instead of leaving a process without a window or a window with a spinner for ever.
     */
    private Void failedOnFx(String what, Throwable e) {
        Throwable cause = AppStart.cause(e);
        LOG.error(what, cause);
        starting.windowFailed();
        if (!stopped) {
            try {
                I18n t = frameI18n != null ? frameI18n : new I18n(I18n.defaultLocale());
                DialogService tell = dialogs != null ? dialogs : new AlertDialogService(() -> null, () -> t);
                tell.showError(t.t("app.start.failed.title"),
                        t.t("app.start.failed.unexpected", String.valueOf(starting.logFile())));
            } catch (RuntimeException again) {
                LOG.error("Could not tell about the failed start either", again);
            }
        }
        Platform.exit();
        return null;
    }

    /** Runs {@code action} once, after the next pulse has laid out the scene (then it is on screen). */
    private void afterNextPulse(Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** The environment did not allow the start (a sandbox port taken, an endpoint refused): say so and end. */
    private void startFailed(Throwable e) {
        if (stopped) {
            return;
        }
        if (e instanceof StartupException) {
            Launcher.reportUsageError(e.getMessage());
        } else {
            LOG.error("The start failed", e);
        }
        I18n t = frameI18n;
        dialogs.showError(t.t("app.start.failed.title"), e.getMessage() == null ? e.toString() : e.getMessage());
        Platform.exit();
    }

    /** Everything below the window has started: the app's own content replaces the frame. */
    private void startMain(AppContext built, Locale locale) {
        context = built;
        Browser system = browser != null ? browser : new SystemBrowser(url -> getHostServices().showDocument(url));
        LinkOpener links = new FallbackLinkOpener(system, Platform::runLater, dialogs, () -> window.i18n());
        pollScheduler = OrderTrackingFeature.newScheduler();
        LocalStore store = context.store();
        drafts = store.drafts();
        // what was kept from one endpoint never serves another; the embedded demo is one, whatever its port
        String keptFor = context.isSandbox() ? "demo" : context.baseUrl().toString();
        catalogSource = new CatalogSource(context.api(), context.tasks(), new StoredContext(store.documents(), keptFor),
                pollScheduler, clock);
        StoredBillingCache billingCache = new StoredBillingCache(store.documents(), keptFor, clock);
        services = new SessionServices(context.api(), context.tasks(), links, context.portalPolicy(),
                billingCache, outcomes(), catalogSource);
        customerNames = CustomerNames.of(context.api(), billingCache, context.tasks());
        catalogSource.meProperty().addListener((o, was, now) -> customerNames.forSalesProperty().set(now != null && now.isSales()));
        navigation = new AppNavigation(this::edit);

        main = new MainWindowViewModel(catalogSource, context.baseUrl(), context.isSandbox(), locale);
        main.localeProperty().addListener((o, was, now) -> remember(Settings.LOCALE, now.toLanguageTag()));
        store.addStatusListener(status -> Platform.runLater(() -> main.storeStatusProperty().set(status)));
        main.storeStatusProperty().set(store.status());
        window = new MainWindow(main, navigation, session.getReadOnlyProperty(), this::placeView, dialogs);
        window.setAbout(new About(AppVersion.current(), context.dataDir(), context.logFile()));
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(dialogs, window::i18n, context.logFile()));

        NotificationTray notifications = new NotificationTray(window::i18n, NotificationTray.Durations.defaults());
        window.setNotificationArea(notifications.node());
        tracking = new OrderTrackingFeature(context.api(), context.followedOrders(), pollScheduler,
                Platform::runLater, links, context.portalPolicy(), AppVersion.current(), window::i18n,
                notifications, WatchSettings.defaults(), Clock.systemDefaultZone());
        tracking.setOrderOpener(navigation::showOrder);
        tracking.setOrderAgain(this::orderAgain);
        tracking.setCustomerNames(customerNames);
        catalogSource.catalogProperty().addListener((o, was, now) -> tracking.setCatalog(now));
        // the app's one connection check tells the order views when to show the state last seen, and when not
        catalogSource.offlineProperty().addListener((o, was, now) ->
                tracking.reportConnection(now ? catalogSource.getFailure() : null));
        outcomeCheck = new OutcomeCheck(drafts, context.api(), context.tasks(), this::settled);
        draftFiles = new DraftTransfer(dialogs, context.tasks(), window::i18n, clock);
        transfer = new DraftsViewModel.Transfer() {
            @Override
            public void export(DraftRecord draft) {
                draftFiles.exportDraft(draft.title(), draft.order());
            }

            @Override
            public void importFile() {
                draftFiles.importChosen(CloudhubOrderApp.this::imported);
            }
        };
        openWhereThePersonWas();

        acceptDroppedDraftFiles(scene);
        scene.setRoot(window.root());
        stage.setTitle(window.i18n().t("app.title"));
        window.i18nProperty().addListener((o, was, now) -> stage.setTitle(now.t("app.title")));
        stage.setOnHidden(e -> {
            remember(Settings.WINDOW_BOUNDS, WindowPlacement.of(stage).format());
            saveEditedDraft();
        });
        catalogSource.phaseProperty().addListener((o, was, now) -> {
            if (now == ConnectionPhase.READY && was != now) {
                tracking.resumeFollowed();
            }
        });
        // each time the server answered: settle the drafts sent without an answer
        catalogSource.checkingProperty().addListener((o, was, now) -> {
            if (!now && !catalogSource.isOffline() && catalogSource.getPhase() == ConnectionPhase.READY) {
                outcomeCheck.run();
            }
        });
        whenReady();
        catalogSource.start();
        store.openProblem().ifPresent(problem -> Platform.runLater(() -> tellStoreProblem(problem)));
        instance.onRequest(request -> Platform.runLater(() -> secondStart(request)));
        // macOS: a draft file opened in the Finder is handed over like a second start's
        FinderOpenFiles.OF_THIS_PROCESS.deliverTo(file ->
                Platform.runLater(() -> secondStart(InstanceRequest.open(file))));
        // "open with" on a draft file: the file given as the program's argument is imported at once
        context.options().fileToOpen().ifPresent(this::importDraftFile);
    }

    /**
     * Notes in the log when the first page takes input with the catalog loaded: the first pulse after
     * the catalog source is ready (from the kept copy or the server) and the main window shows its page.
     */
    private void whenReady() {
        if (catalogSource.getPhase() == ConnectionPhase.READY) {
            afterNextPulse(starting.times()::ready);
            return;
        }
        catalogSource.phaseProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (catalogSource.getPhase() == ConnectionPhase.READY) {
                    catalogSource.phaseProperty().removeListener(this);
                    afterNextPulse(starting.times()::ready);
                }
            }
        });
    }

    /** At start: the draft the person was last working on, on its page; an ordered one as its order's status. */
    private void openWhereThePersonWas() {
        Optional<DraftRecord> last = startup.lastDraft();
        if (last.isPresent() && last.get().state() == DraftState.ORDERED) {
            edit(null);
            navigation.openDraft(last.get());
        } else if (last.isPresent()) {
            navigation.openDraft(last.get());
        } else {
            navigation.newOrder();
        }
    }

    /** A draft file dropped onto the window is imported like one chosen with "Import…". */
    private void acceptDroppedDraftFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<java.io.File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            files.forEach(f -> importDraftFile(f.toPath()));
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Imports a draft file (dropped, or handed over as the program's argument): a new draft, opened. */
    void importDraftFile(Path file) {
        draftFiles.importFile(file, this::imported);
    }

    /**
     * A draft read from a file becomes a new draft of its own: a new id, no Idempotency-Key (importing the
     * same file twice gives two drafts that can never meet one order), the terms to accept in this sitting.
     * It opens on the first page that still needs input, where every value shows with its problems.
     */
    private void imported(DraftFileImport.Read read) {
        DraftFile file = read.draft();
        Instant now = clock.instant();
        OrderRequest order = file.order();
        Me me = catalogSource.getMe();
        if (me != null && !me.isSales() && me.customer() != null) {
            // a customer orders for themselves, whoever's id the file named
            order = withCustomer(order, me.customer().id());
        }
        String title = file.title() == null ? "" : file.title().strip();
        navigation.openDraft(new DraftRecord(UUID.randomUUID().toString(), title, !title.isEmpty(),
                order.customerId(), null, now, now, null, DraftState.DRAFT, null, order, null, null, null));
        session.get().keep();
        LOG.info("Imported a draft file as draft {}", session.get().draftId());
    }

    private static OrderRequest withCustomer(OrderRequest o, String customerId) {
        return new OrderRequest(customerId, o.serviceId(), o.nodeSize(), o.storageGb(), o.trustedSources(),
                o.allowAllAddresses(), o.region(), o.maxmemoryPolicy(), o.billing(), o.terms(), o.quotedMonthlyNet(),
                o.reference());
    }

    /** The one dialog about a drafts database that could not be opened: what happened and where the file is. */
    private void tellStoreProblem(OpenProblem problem) {
        I18n t = window.i18n();
        String key = switch (problem.kind()) {
            case CORRUPT -> "app.store.problem.corrupt";
            case NEWER_VERSION -> "app.store.problem.newer";
            case LOCKED -> "app.store.problem.locked";
            case UNWRITABLE -> "app.store.problem.unwritable";
        };
        dialogs.showError(t.t("app.store.problem.title"), t.t(key, String.valueOf(problem.file()),
                String.valueOf(problem.whereTheFileIs()), problem.detail()));
    }

    private void remember(String key, String value) {
        context.store().settings().put(key, value).exceptionally(e -> {
            LOG.warn("Cannot remember {}", key, e);
            return null;
        });
    }

    /** A draft sent without an answer was looked up by its key. */
    private void settled(DraftRecord draft, Order order) {
        if (order != null) {
            tracking.follow(order);
        }
        OrderSession editing = session.get();
        if (editing != null && editing.draftId().equals(draft.id())) {
            editing.outcomeFound(order);
        } else {
            drafts.save(draft.withState(order == null ? DraftState.DRAFT : DraftState.ORDERED,
                    order == null ? null : order.id(), clock.instant())).exceptionally(e -> {
                        LOG.warn("Cannot store what the lookup of draft {} found", draft.id(), e);
                        return null;
                    });
        }
    }

    /** A second start with this data folder: the window comes to the front. */
    private void secondStart(InstanceRequest request) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        request.fileToOpen().ifPresent(file -> {
            LOG.info("A second start hands over the file {}", file);
            importDraftFile(file);
        });
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
        next.autosaveTo(drafts);
        // the order views name the customer the wizard chose (the API's orders carry only its id)
        next.state().customerProperty().addListener((o, was, now) -> customerNames.learn(now));
        customerNames.learn(next.state().customerProperty().get());
        next.storedProperty().addListener((o, was, now) -> {
            if (now && !next.isDisposed()) {
                remember(Settings.LAST_DRAFT_ID, next.draftId());
            }
        });
        if (draft != null) {
            remember(Settings.LAST_DRAFT_ID, next.draftId());
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
            case DRAFTS -> draftsView(t);
            case WIZARD -> throw new IllegalArgumentException("The wizard is the main window's own");
        };
    }

    private Node draftsView(I18n t) {
        if (draftsPlace == null) {
            draftsPlace = new DraftsPlace(i18n -> new DraftsViewModel(drafts, context.tasks(), i18n,
                    Clock.systemDefaultZone(), catalogSource::getCatalog, catalogSource::getMe, navigation, dialogs,
                    transfer));
        }
        return draftsPlace.visit(t);
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

    /** Saves the draft being edited at once and waits (briefly) until the store has it. */
    private void saveEditedDraft() {
        OrderSession editing = session.get();
        if (editing != null) {
            editing.saveNow();
        }
        if (drafts != null) {
            try {
                drafts.flush().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.warn("Saving the drafts at close did not finish", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (stage != null) {
            // the stage can outlive this app (tests start the next app in it): its handlers go with the app
            stage.setOnHidden(null);
        }
        FinderOpenFiles.OF_THIS_PROCESS.deliverTo(null);
        try {
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
            if (starting != null) {
                // closes the context, or what of it has started so far
                starting.close();
            }
        } finally {
            // last: until here a second start is handed to this app, not started beside it
            if (instance != null) {
                instance.close();
            }
        }
    }
}
