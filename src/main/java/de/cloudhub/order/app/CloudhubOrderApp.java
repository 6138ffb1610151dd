package de.cloudhub.order.app;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.drafts.AccountKey;
import de.cloudhub.order.drafts.AccountStore;
import de.cloudhub.order.drafts.DraftFile;
import de.cloudhub.order.drafts.DraftFileImport;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.drafts.OpenProblem;
import de.cloudhub.order.drafts.Settings;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.FollowedOrdersStore;
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
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.main.About;
import de.cloudhub.order.ui.main.AccountActions;
import de.cloudhub.order.ui.main.AccountMenuViewModel;
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
import de.cloudhub.order.ui.main.StartingView;
import de.cloudhub.order.ui.signin.EndpointChoiceView;
import de.cloudhub.order.ui.signin.EndpointChoiceViewModel;
import de.cloudhub.order.ui.signin.SignInViewModel;
import de.cloudhub.order.auth.RestoreOutcome;
import de.cloudhub.order.ui.status.CustomerNames;
import de.cloudhub.order.ui.status.NotificationTray;
import de.cloudhub.order.ui.status.OrderTrackingFeature;
import de.cloudhub.order.ui.status.WatchSettings;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.SessionServices;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
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
    /** The window's size at a first start, and the smallest it may be made. */
    private static final int WINDOW_WIDTH = 1180;
    private static final int WINDOW_HEIGHT = 780;
    private static final int MIN_WIDTH = 900;
    private static final int MIN_HEIGHT = 600;

    /** The system browser, or a stand-in from a test. */
    private final Browser browser;
    /** Around the app's dialog service: nothing in the app; a test's recorder that answers the file choosers. */
    private final UnaryOperator<DialogService> dialogsAround;
    private final Clock clock = Clock.systemUTC();
    private AppContext context;
    /** Everything below the window, starting in the background. */
    private AppStart starting;
    private Scene scene;
    private I18n frameI18n;
    private boolean stopped;
    /** This process's hold on the data folder; a second start's request arrives through it. */
    private SingleInstance instance;
    /** The sign-in window in place of the main window's content, in a start that signs in through the browser. */
    private SignInScreen signInScreen;
    /** True from a sign-out until the server names the next person: their order is never the one open before. */
    private boolean signedOutHere;
    /** What meets an exception nobody caught: logged, and the crash dialog. FX thread only. */
    private UncaughtErrors uncaughtErrors;
    /** The options of a start that names no endpoint (then the window asks first), else null. */
    private AppOptions choosing;
    /** The arguments this window was prepared with: the program's, plus the endpoint chosen in the window. */
    private List<String> arguments;
    /** Completes once what an earlier start in this window held (after "Leave the demo") is closed. */
    private CompletableFuture<Void> released = CompletableFuture.completedFuture(null);
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
    /** Whose drafts, followed orders and kept customer data the window shows; null while nobody is signed in. */
    private AccountStore account;
    /** The origin of this endpoint's accounts ({@link AccountKey#endpoint}). */
    private String endpoint;
    /** Counts the account changes asked for: only the last one's data is shown. */
    private long accountTurn;
    private LinkOpener links;
    private NotificationTray notifications;
    /** The billing lists of sessions made while nobody is signed in: the next account's, once there is one. */
    private FirstAccountsBilling nobodysBilling;
    private final ReadOnlyObjectWrapper<OrderSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    /** The window icons, decoded off the FX thread while the toolkit starts (see {@link #init()}). */
    private CompletableFuture<List<javafx.scene.image.Image>> windowIcons;

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
        this(browser, UnaryOperator.identity());
    }

    /** For tests: as {@link #CloudhubOrderApp(Browser)}, with every dialog going through {@code dialogsAround}. */
    CloudhubOrderApp(Browser browser, UnaryOperator<DialogService> dialogsAround) {
        this.browser = browser;
        this.dialogsAround = Objects.requireNonNull(dialogsAround, "dialogsAround");
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
        arguments = getParameters().getRaw();
        take(prepared);
        // seven PNGs to decode: beside the FX thread's own start, not on it
        windowIcons = CompletableFuture.supplyAsync(AppIcons::windowIcons);
    }

    /** Gives {@code shown} the app's icons once they are decoded. */
    private void iconsOnto(Stage shown) {
        CompletableFuture<List<javafx.scene.image.Image>> icons = windowIcons != null ? windowIcons
                : CompletableFuture.completedFuture(AppIcons.windowIcons());
        icons.thenAcceptAsync(decoded -> shown.getIcons().setAll(decoded), Platform::runLater)
                .exceptionally(e -> {
                    // the toolkit ended before the icons were decoded (AppIcons logs a missing icon itself)
                    LOG.debug("The window gets no icon", e);
                    return null;
                });
    }

    private void take(Launcher.WindowStart prepared) {
        starting = prepared.start();
        instance = prepared.instance();
        choosing = prepared.choosing();
    }

    /**
     * Shows the window as soon as the store has said where it was and in which language, with the app's
     * frame and the loading message; the rest (sandbox, client, catalog) comes when it is ready.
     */
    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        showPrepared();
    }

    /** The window of the start prepared: the first start's choice, or the app. */
    private void showPrepared() {
        if (choosing != null) {
            showEndpointChoice(choosing);
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
        dialogs = dialogsAround.apply(new AlertDialogService(() -> stage, () -> window != null ? window.i18n() : frameI18n));
        scene = new Scene(StartingView.build(frameI18n), WINDOW_WIDTH, WINDOW_HEIGHT);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(frameI18n.t("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
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
        iconsOnto(stage);
    }

    /** Builds the main window once everything below it has started, or says why the start failed. */
    private void buildWhenStarted(Locale frameLocale) {
        CompletableFuture<Startup> read = starting.startup().exceptionally(e -> Startup.none());
        if (!starting.context().isDone()) {
            // normally the sandbox and the client are up long before the frame; when not, the log says how long
            // the main window (and the cached draft in it) waited for them
            long since = System.nanoTime();
            starting.context().thenRun(() -> LOG.info("The main window waited {} ms for the sandbox, the client and"
                    + " the store", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since)));
        }
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
        if (starting != null) {
            starting.windowFailed();
        }
        if (!stopped) {
            try {
                I18n t = frameI18n != null ? frameI18n : new I18n(I18n.defaultLocale());
                DialogService tell = dialogs != null ? dialogs : new AlertDialogService(() -> null, () -> t);
                tell.showError(t.t("app.start.failed.title"), t.t("app.start.failed.unexpected",
                        starting != null ? String.valueOf(starting.logFile()) : String.valueOf(cause)));
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
        links = new FallbackLinkOpener(system, Platform::runLater, dialogs, () -> window.i18n());
        pollScheduler = OrderTrackingFeature.newScheduler();
        LocalStore store = context.store();
        endpoint = AccountKey.endpoint(context.isSandbox(), context.baseUrl());
        // the catalog and terms kept from this endpoint (never another's), and their first load, under way since
        // the context was made
        catalogSource = new CatalogSource(context.api(), context.tasks(), context.keptContext(), pollScheduler, clock);
        // the last account of this endpoint, before the server said who the token is: its drafts open offline too
        useAccountParts(startup.account().orElse(null));
        catalogSource.meProperty().addListener((o, was, now) -> customerNames.forSalesProperty().set(now != null && now.isSales()));
        navigation = new AppNavigation(this::edit, this::orderAgain);

        main = new MainWindowViewModel(catalogSource, context.baseUrl(), context.isSandbox(), locale);
        main.localeProperty().addListener((o, was, now) -> remember(Settings.LOCALE, now.toLanguageTag()));
        store.addStatusListener(status -> Platform.runLater(() -> main.storeStatusProperty().set(status)));
        main.storeStatusProperty().set(store.status());
        window = new MainWindow(main, navigation, session.getReadOnlyProperty(), this::placeView, dialogs);
        window.setAbout(new About(AppVersion.current(), context.dataDir(), context.logFile()));
        // a token given at the start cannot be signed out of; the demo can be left
        window.setAccount(new AccountMenuViewModel(catalogSource.meProperty(), context.isSandbox()
                ? AccountMenuViewModel.Mode.DEMO : context.signIn().isPresent() ? AccountMenuViewModel.Mode.SIGNED_IN
                : AccountMenuViewModel.Mode.TOKEN, accountActions(), dialogs, window::i18n));
        uncaughtErrors = new UncaughtErrors(dialogs, window::i18n, context.logFile());
        Thread.setDefaultUncaughtExceptionHandler(uncaughtErrors);

        notifications = new NotificationTray(window::i18n, NotificationTray.Durations.defaults());
        window.setNotificationArea(notifications.node());
        tracking = newTracking(startup.followed());
        catalogSource.catalogProperty().addListener((o, was, now) -> tracking.setCatalog(now));
        // the app's one connection check tells the order views when to show the state last seen, and when not
        catalogSource.offlineProperty().addListener((o, was, now) ->
                tracking.reportConnection(now ? catalogSource.getFailure() : null));
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
        openWhereThePersonWas(startup.lastDraft());
        // the server says who the token belongs to: another person's token shows that person's data, not these
        catalogSource.meProperty().addListener((o, was, now) ->
                AccountKey.of(endpoint, now).ifPresent(this::switchAccount));

        acceptDroppedDraftFiles();
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
        // each time the server answered: settle the drafts sent without an answer (once the answer is applied,
        // and only the drafts of the account it named: a lookup with another person's token finds nothing)
        catalogSource.checkingProperty().addListener((o, was, now) -> {
            if (!now) {
                Platform.runLater(this::settleUnanswered);
            }
        });
        whenReady();
        context.signIn().ifPresent(this::watchSignIn);
        catalogSource.start(context.firstLoad());
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
    private void openWhereThePersonWas(Optional<DraftRecord> last) {
        if (last.isPresent() && last.get().state() == DraftState.ORDERED) {
            edit(null);
            navigation.openDraft(last.get());
        } else if (last.isPresent()) {
            navigation.openDraft(last.get());
        } else {
            navigation.newOrder();
        }
    }

    /**
     * Draft files dropped onto the window are imported like one chosen with "Import…", each on its own; the
     * drop comes in through the dialog service, the one seam for files the person hands the app.
     */
    private void acceptDroppedDraftFiles() {
        dialogs.onFilesDropped(files -> files.forEach(this::importDraftFile));
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
        // a customer's file for another customer: the billing step leaves that customer out and says so
        OrderRequest order = file.order();
        String title = file.title() == null ? "" : file.title().strip();
        navigation.openDraft(new DraftRecord(UUID.randomUUID().toString(), title, !title.isEmpty(),
                order.customerId(), null, now, now, null, DraftState.DRAFT, null, order, null, null, null));
        session.get().keep();
        LOG.info("Imported a draft file as draft {}", session.get().draftId());
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

    /** A draft of {@code owner} sent without an answer was looked up by its key. */
    private void settled(DraftRepository owner, DraftRecord draft, Order order) {
        if (owner != drafts) {
            // the account changed while the lookup ran: the new account's check settles its own drafts
            return;
        }
        if (order != null) {
            tracking.follow(order);
        }
        OrderSession editing = session.get();
        if (editing != null && editing.draftId().equals(draft.id())) {
            editing.outcomeFound(order);
        } else {
            owner.save(draft.withState(order == null ? DraftState.DRAFT : DraftState.ORDERED,
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

    /**
     * The first start's window when nothing names an endpoint: "Use the demo" or "Connect to your provider".
     * The choice is saved in the settings file; this start goes on with it as if it had been given as an option.
     */
    private void showEndpointChoice(AppOptions options) {
        Locale locale = options.locale() != null ? options.locale() : I18n.defaultLocale();
        I18n t = new I18n(locale);
        EndpointSetting setting = EndpointSetting.forStart(options.dataDir());
        ExecutorService saver = AppContext.newBackgroundExecutor();
        EndpointChoiceViewModel.Saving saving = new EndpointChoiceViewModel.Saving() {
            @Override
            public void saveDemo() throws IOException {
                setting.saveDemo();
            }

            @Override
            public void saveProvider(URI apiUrl) throws IOException {
                setting.saveProvider(apiUrl);
            }
        };
        EndpointChoiceViewModel.Chosen chosen = new EndpointChoiceViewModel.Chosen() {
            @Override
            public void demo() {
                saver.shutdown();
                continueWith(withEndpoint(arguments, List.of("--sandbox")));
            }

            @Override
            public void provider(URI apiUrl) {
                saver.shutdown();
                continueWith(withEndpoint(arguments, List.of("--api-url", apiUrl.toString())));
            }
        };
        EndpointChoiceView view = new EndpointChoiceView(new EndpointChoiceViewModel(new FxTaskRunner(saver), saving,
                chosen, setting.file().toString(), initialUrl(setting)), t);
        // the app's own window from the first question on (its card grows with a problem shown, never out of it)
        Scene choice = new Scene(view.root(), WINDOW_WIDTH, WINDOW_HEIGHT);
        choice.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setScene(choice);
        stage.setTitle(t.t("endpoint.title") + " – " + t.t("app.title"));
        iconsOnto(stage);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setWidth(WINDOW_WIDTH);
        stage.setHeight(WINDOW_HEIGHT);
        stage.show();
        LOG.info("No endpoint configured; the first start asks (settings file {})", setting.file());
    }

    /** What the choice's URL field starts with: a setting that could not be used, or the build's default. */
    private static String initialUrl(EndpointSetting setting) {
        return setting.read().map(found -> {
            if (found.choice() instanceof EndpointSetting.Unusable unusable) {
                return unusable.text();
            }
            return found.choice() instanceof EndpointSetting.Provider provider ? provider.url().toString() : "";
        }).orElse(setting.builtIn());
    }

    /** The program's arguments without any that named an endpoint (the demo, an API URL), plus {@code endpoint}. */
    static List<String> withEndpoint(List<String> args, List<String> endpoint) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--sandbox")) {
                continue;
            }
            if (name.equals("--demo-user") || name.equals("--sandbox-port") || name.equals("--api-url")) {
                if (!arg.contains("=")) {
                    i++;
                }
                continue;
            }
            kept.add(arg);
        }
        kept.addAll(endpoint);
        return List.copyOf(kept);
    }

    /** Prepares the start with the endpoint chosen (off the FX thread: it takes the data folder's lock) and shows it. */
    private void continueWith(List<String> args) {
        ExecutorService preparing = AppContext.newBackgroundExecutor();
        released.thenApplyAsync(done -> Launcher.prepareWindow(args), preparing)
                .whenComplete((done, failed) -> preparing.shutdown())
                .thenAcceptAsync(prepared -> {
                    if (stopped) {
                        prepared.close();
                        return;
                    }
                    if (!prepared.started()) {
                        Platform.exit();
                        return;
                    }
                    arguments = args;
                    take(prepared);
                    showPrepared();
                }, Platform::runLater)
                .exceptionally(e -> failedOnFx("Starting with the chosen endpoint failed", e));
    }

    /**
     * "Leave the demo" (asked before, by the account menu): the demo choice is forgotten, everything of the
     * demo start closes (its drafts are saved), and the window asks which endpoint to use, as at the first start.
     */
    private void leaveDemo() {
        AppOptions options = starting.options();
        EndpointSetting setting = EndpointSetting.forStart(options.dataDir());
        LOG.info("Leaving the demo");
        closeThisStart(() -> {
            try {
                setting.clearDemo();
            } catch (IOException e) {
                LOG.warn("Cannot forget the demo choice in {}", setting.file(), e);
            }
        });
        showEndpointChoice(options);
    }

    /**
     * Ends this start in the window (its drafts are saved; the sandbox, store and lock close in the background,
     * after {@code first}), so that another start can take the window: the next start waits for {@link #released}.
     */
    private void closeThisStart(Runnable first) {
        stage.setOnHidden(null);
        if (signInScreen != null) {
            signInScreen.close();
            signInScreen = null;
        }
        FinderOpenFiles.OF_THIS_PROCESS.deliverTo(null);
        saveEditedDraft();
        OrderSession editing = session.get();
        if (editing != null) {
            editing.dispose();
        }
        session.set(null);
        if (catalogSource != null) {
            catalogSource.close();
        }
        if (tracking != null) {
            tracking.close();
        }
        if (pollScheduler != null) {
            pollScheduler.shutdownNow();
        }
        // the rest is replaced by the next start; late callbacks of the closed parts find them closed, not null
        AppStart closing = starting;
        SingleInstance holding = instance;
        starting = null;
        instance = null;
        draftsPlace = null;
        frameWithoutStore = false;
        // the demo's sandbox, store and lock close in the background; the next start waits for them
        ExecutorService closer = AppContext.newBackgroundExecutor();
        released = CompletableFuture.runAsync(() -> {
            first.run();
            try {
                closing.close();
            } finally {
                holding.close();
            }
        }, closer).whenComplete((done, failed) -> closer.shutdown());
    }

    /**
     * A start that signs in through the browser: the sign-in window shows when there is no session to restore
     * (and no account whose drafts could open offline), when the server says the session is gone, and after
     * signing out; the main window stays behind it with every input.
     */
    private void watchSignIn(AccountSignIn signIn) {
        signInScreen = new SignInScreen(scene, signIn.flow(), context.baseUrl(), links, window::i18n,
                new SignInScreen.Around() {
                    @Override
                    public void signedIn() {
                        LOG.info("Signed in; asking the server again");
                        // the same person again (after signing out) names no new user to the /me listener: the
                        // account is made current from the answer here, whoever it is
                        catalogSource.reload(() -> AccountKey.of(endpoint, catalogSource.getMe())
                                .ifPresent(CloudhubOrderApp.this::switchAccount));
                    }

                    @Override
                    public void useDemo() {
                        restartWith(withEndpoint(arguments, List.of("--sandbox")));
                    }

                    @Override
                    public void changeEndpoint() {
                        AppOptions options = starting.options();
                        closeThisStart(() -> { });
                        showEndpointChoice(options);
                    }
                });
        SignInScreen screen = signInScreen;
        signIn.session().addSignedOutListener(why -> Platform.runLater(() -> {
            if (screen != signInScreen || stopped) {
                return;
            }
            if (signIn.session().isSignedIn()) {
                // told late (a sign-out's revocation can take its time): someone has signed in since, and stays
                return;
            }
            if (why == de.cloudhub.order.auth.SignedOutListener.Why.SIGNED_OUT) {
                // signed out on purpose: the next person sees none of this account's data
                switchAccount(null);
                screen.show(SignInViewModel.Occasion.SIGN_IN);
            } else {
                screen.show(SignInViewModel.Occasion.SESSION_ENDED);
            }
        }));
        // without a kept session: sign in at once, unless an account's drafts can open (offline, it works on them
        // and asks for the sign-in only once the server answers that nobody is signed in)
        signIn.restored().thenAcceptAsync(outcome -> {
            boolean none = outcome == RestoreOutcome.NOTHING_STORED || outcome == RestoreOutcome.SIGNED_OUT;
            if (screen == signInScreen && !stopped && none && startup.account().isEmpty()) {
                screen.show(SignInViewModel.Occasion.SIGN_IN);
            }
        }, Platform::runLater);
        catalogSource.failureProperty().addListener((o, was, now) -> {
            if (now != null && now.kind() == de.cloudhub.order.api.ApiFailure.SIGNED_OUT && screen == signInScreen) {
                screen.show(signIn.session().isSignedIn() || startup.account().isPresent()
                        ? SignInViewModel.Occasion.SESSION_ENDED : SignInViewModel.Occasion.SIGN_IN);
            }
        });
    }

    /** Sign out (account menu): the server revokes the session, the keyring forgets it, the sign-in window shows. */
    private void signOut() {
        context.signIn().ifPresent(signIn -> {
            // at once, not after the revocation's round trip: the next person sees none of this account's data
            signedOutHere = true;
            switchAccount(null);
            if (signInScreen != null) {
                signInScreen.show(SignInViewModel.Occasion.SIGN_IN);
            }
            context.tasks().run(() -> {
                signIn.session().signOut();
                return null;
            }, done -> { }, e -> LOG.warn("Signing out failed", e));
        });
    }

    /** Ends this start and starts again in the same window with {@code args} (e.g. the demo instead). */
    private void restartWith(List<String> args) {
        closeThisStart(() -> { });
        continueWith(args);
    }

    /** The account menu's actions: signing out or switching (browser sign-in), leaving the demo. */
    private AccountActions accountActions() {
        return new AccountActions() {
            @Override
            public void signOut() {
                CloudhubOrderApp.this.signOut();
            }

            @Override
            public void switchAccount() {
                // the authorization page lets the person sign in as someone else; until then nobody's data shows
                CloudhubOrderApp.this.signOut();
            }

            @Override
            public void leaveDemo() {
                CloudhubOrderApp.this.leaveDemo();
            }
        };
    }

    /** The app's handler of uncaught exceptions once the main window is built, else null (tests use it). */
    Thread.UncaughtExceptionHandler uncaughtErrors() {
        return uncaughtErrors;
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
        // the order views name the customer the wizard chose (the API's orders carry only its id)
        next.state().customerProperty().addListener((o, was, now) -> customerNames.learn(now));
        customerNames.learn(next.state().customerProperty().get());
        // nobody's session is kept nowhere (a draft belongs to an account) until the first account takes it
        if (account != null) {
            autosave(next, account, draft != null);
        }
        session.set(next);
        LOG.info(draft == null ? "New order" : "Editing draft {}", next.draftId());
    }

    /**
     * The signed-in account changed (the server named another user, a sign-in, a switch of account, or
     * {@code null}: signed out): the window shows that account's drafts, followed orders and kept customer data
     * and nothing of the one before. The draft being edited is saved to the account it belongs to; the new
     * account's last draft opens (or a new order). Signed out, the last account of this endpoint is forgotten, so
     * the next start opens nobody's drafts. Call on the FX thread; the store is read in the background and a
     * later call wins over an earlier one still loading.
     */
    void switchAccount(AccountKey next) {
        AccountKey was = account == null ? null : account.key();
        if (java.util.Objects.equals(was, next) || context == null) {
            return;
        }
        long turn = ++accountTurn;
        LOG.info("The account changes from {} to {}", was == null ? "nobody" : was, next == null ? "nobody" : next);
        OrderSession editing = session.get();
        if (editing != null) {
            // into the account it belongs to: its session autosaves there
            editing.saveNow();
        }
        LocalStore store = context.store();
        context.tasks().run(() -> {
            if (next == null) {
                store.forgetLastAccount(endpoint).join();
                return new Startup(Optional.empty(), FollowedOrdersStore.ofNobody(), Optional.empty(),
                        Optional.empty(), Optional.empty());
            }
            AccountStore opened = Startup.current(store, next);
            return new Startup(Optional.of(opened), new FollowedOrdersStore(opened), opened.lastDraft().join(),
                    Optional.empty(), Optional.empty());
        }, loaded -> {
            if (turn == accountTurn && !stopped) {
                showAccount(loaded);
            }
        }, e -> LOG.error("Cannot open the drafts of {}", next, e));
    }

    /** The account's parts replace those of the one before; then the account's last draft (or new order) opens. */
    private void showAccount(Startup loaded) {
        // what was opened before the server named the person goes on as theirs: a draft made meanwhile (a draft
        // file opened at start), or the new order of the start itself when they have no draft to go back to (so the
        // first start does not build its wizard twice). After a sign-out, the next person never gets the order
        // that was open then: it followed the person before.
        OrderSession editing = session.get();
        boolean usable = account == null && editing != null && !editing.isDisposed() && editing.wizard() != null;
        boolean stored = usable && editing.storedProperty().get();
        OrderSession carried = stored || usable && !signedOutHere && loaded.lastDraft().isEmpty() ? editing : null;
        signedOutHere = loaded.account().isEmpty() && signedOutHere;
        useAccountParts(loaded.account().orElse(null));
        OrderTrackingFeature before = tracking;
        tracking = newTracking(loaded.followed());
        before.close();
        tracking.setCatalog(catalogSource.getCatalog());
        tracking.reportConnection(catalogSource.isOffline() ? catalogSource.getFailure() : null);
        if (catalogSource.getPhase() == ConnectionPhase.READY) {
            tracking.resumeFollowed();
        }
        // the drafts view lists the account's drafts from its next visit on
        draftsPlace = null;
        if (carried != null && account != null) {
            autosave(carried, account, stored);
            if (stored) {
                carried.keep();
            }
        } else {
            navigation.showWizard();
            openWhereThePersonWas(loaded.lastDraft());
        }
        settleUnanswered();
    }

    /** {@code next} saves to {@code owner}'s drafts from now on, and is remembered as its last draft once stored. */
    private void autosave(OrderSession next, AccountStore owner, boolean opened) {
        next.autosaveTo(owner.drafts());
        next.storedProperty().addListener((o, was, now) -> {
            if (now && !next.isDisposed()) {
                rememberLastDraft(owner, next.draftId());
            }
        });
        if (opened) {
            rememberLastDraft(owner, next.draftId());
        }
    }

    /** The parts that belong to {@code opened} (null: nobody): its drafts, its kept customer data, its outcome check. */
    private void useAccountParts(AccountStore opened) {
        account = opened;
        drafts = opened == null ? DraftRepository.nobodys() : opened.drafts();
        // nobody's lists go to the next account (a session made before the server named the user goes on as its)
        BillingCache billing;
        if (opened == null) {
            nobodysBilling = new FirstAccountsBilling();
            billing = nobodysBilling;
        } else {
            billing = opened.billingCache(clock);
            if (nobodysBilling != null) {
                nobodysBilling.firstAccount(billing);
                nobodysBilling = null;
            }
        }
        services = new SessionServices(context.api(), context.tasks(), links, context.portalPolicy(), billing,
                outcomes(), catalogSource);
        // the names of the customers sales staff order for are the account's, like its billing lists
        customerNames = CustomerNames.of(context.api(), billing, context.tasks());
        Me me = catalogSource.getMe();
        customerNames.forSalesProperty().set(me != null && me.isSales());
        DraftRepository owner = drafts;
        outcomeCheck = new OutcomeCheck(owner, context.api(), context.tasks(), (d, o) -> settled(owner, d, o));
    }

    /** Order tracking of the orders in {@code followed}: notifications, status views and the overview. */
    private OrderTrackingFeature newTracking(FollowedOrdersStore followed) {
        OrderTrackingFeature made = new OrderTrackingFeature(context.api(), followed, pollScheduler,
                Platform::runLater, links, context.portalPolicy(), AppVersion.current(), window::i18n,
                notifications, WatchSettings.defaults(), Clock.systemDefaultZone());
        made.navigateWith(navigation);
        made.setCustomerNames(customerNames);
        return made;
    }

    /** Settles the drafts sent without an answer, when the server answered for the account shown. */
    private void settleUnanswered() {
        if (stopped || account == null || catalogSource.isOffline() || catalogSource.getPhase() != ConnectionPhase.READY
                || !AccountKey.of(endpoint, catalogSource.getMe()).equals(Optional.of(account.key()))) {
            return;
        }
        outcomeCheck.run();
    }

    private void rememberLastDraft(AccountStore owner, String draftId) {
        owner.rememberLastDraft(draftId).exceptionally(e -> {
            LOG.warn("Cannot remember the last draft", e);
            return null;
        });
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
