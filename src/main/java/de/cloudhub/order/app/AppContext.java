package de.cloudhub.order.app;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.api.LoopbackHosts;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.drafts.StoredContext;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.main.CatalogSource;
import de.cloudhub.order.ui.status.PortalPolicy;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything below the window: data folder, log file, the embedded sandbox (demo mode), the API client,
 * the background executor and the local stores; built at once by {@link #open}, or in the background
 * while the window shows by {@link AppStart}. {@link #close()} shuts it all down.
 */
final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    /** The portal's "new support ticket" page below the API's origin, as in docs/api.md. */
    static final String TICKET_PAGE = PortalPolicy.TICKET_PATH;

    /** The embedded sandbox's own file below the data folder; the app's stores never touch it. */
    static final String SANDBOX_STATE = "sandbox/state.json";

    private final AppOptions options;
    private final Path dataDir;
    private final FileLogging fileLogging;
    private final SandboxServer sandbox;
    private final URI baseUrl;
    private final PortalPolicy portalPolicy;
    private final ApiClient api;
    private final AccountSignIn signIn;
    private final ExecutorService background;
    private final TaskRunner tasks;
    private final LocalStore store;
    private final Locale locale;
    /** The catalog, terms and last {@code /me} the store keeps for this endpoint. */
    private final StoredContext keptContext;
    /** The catalog's first load, begun once by {@link #firstLoad()}; guarded by this. */
    private CatalogSource.FirstLoad firstLoad;

    /**
     * The part that talks to the API: the embedded sandbox (demo mode, else null), the client, and the browser
     * sign-in of a start with a real endpoint and no token given (else null).
     */
    record Connection(SandboxServer sandbox, URI baseUrl, PortalPolicy portalPolicy, ApiClient api,
                      AccountSignIn signIn) {
    }

    /**
     * Builds everything below the window at once, on this thread (see {@link AppStart} for the start that
     * does it in the background). Throws {@link StartupException} (one line for the user) when the
     * environment does not allow a start: an unusable data folder, a sandbox port already taken, an
     * endpoint or portal the client refuses.
     */
    static AppContext open(AppOptions options) {
        Path dataDir = DataFolder.prepare(options.effectiveDataDir());
        FileLogging logging = FileLogging.start(dataDir.resolve(DataFolder.LOGS));
        LOG.info("Cloudhub Order {} starting; data in {}", AppVersion.current(), dataDir);
        ExecutorService background = newBackgroundExecutor();
        Connection connection;
        try {
            connection = connect(options, dataDir, background);
        } catch (RuntimeException e) {
            background.shutdownNow();
            logging.close();
            throw e;
        }
        LocalStore store = LocalStore.open(dataDir);
        return new AppContext(options, dataDir, logging, background, connection, store);
    }

    /** Puts together what {@link #open} or {@link AppStart} built; {@link #close()} closes all of it. */
    AppContext(AppOptions options, Path dataDir, FileLogging fileLogging, ExecutorService background,
               Connection connection, LocalStore store) {
        this.options = Objects.requireNonNull(options);
        this.dataDir = Objects.requireNonNull(dataDir);
        this.fileLogging = Objects.requireNonNull(fileLogging);
        this.sandbox = connection.sandbox();
        this.baseUrl = connection.baseUrl();
        this.portalPolicy = connection.portalPolicy();
        this.api = connection.api();
        this.signIn = connection.signIn();
        this.background = Objects.requireNonNull(background);
        this.tasks = new FxTaskRunner(background);
        this.store = Objects.requireNonNull(store);
        this.locale = options.locale() != null ? options.locale() : I18n.defaultLocale();
        this.keptContext = new StoredContext(store.documents(), keptFor(isSandbox(), baseUrl));
    }

    /**
     * Starts the embedded sandbox (demo mode) and opens the API client. Throws {@link StartupException}
     * for a sandbox port already taken or an endpoint or portal the client refuses.
     */
    static Connection connect(AppOptions options, Path dataDir, java.util.concurrent.Executor background) {
        SandboxServer server = null;
        AccountSignIn signIn = null;
        try {
            if (options.sandbox()) {
                server = startSandbox(options.sandboxPort(), dataDir.resolve(SANDBOX_STATE));
                LOG.info("Embedded sandbox on {}", server.baseUri());
            }
            URI baseUrl = server != null ? server.baseUri() : options.apiUrl();
            if (server == null && options.signsIn()) {
                signIn = AccountSignIn.start(baseUrl, dataDir,
                        options.locale() != null ? options.locale() : I18n.defaultLocale(), options.proxy(), background);
            }
            return new Connection(server, baseUrl, portalPolicy(options.portalUrl(), baseUrl),
                    openClient(baseUrl, options, signIn), signIn);
        } catch (RuntimeException e) {
            if (signIn != null) {
                signIn.close();
            }
            if (server != null) {
                server.close();
            }
            throw e;
        }
    }

    /**
     * Checks at once, before anything starts, what can be checked without starting it: the portal
     * (for the embedded sandbox its address is known only once it runs, and a loopback API needs no portal).
     */
    static void checkBeforeStart(AppOptions options) {
        if (options.portalUrl() != null || !options.sandbox()) {
            portalPolicy(options.portalUrl(), options.sandbox() ? URI.create("http://127.0.0.1/") : options.apiUrl());
        }
    }

    private static SandboxServer startSandbox(int port, Path stateFile) {
        try {
            return SandboxServer.start(port, stateFile);
        } catch (UncheckedIOException e) {
            String why = e.getCause() == null || e.getCause().getMessage() == null
                    ? e.getClass().getSimpleName() : e.getCause().getMessage();
            throw new StartupException(port == 0
                    ? "Cannot start the embedded sandbox: " + why + "."
                    : "Cannot start the embedded sandbox on port " + port + ": " + why
                            + ". Choose another --sandbox-port N, or leave it out for a free port.");
        }
    }

    private static ApiClient openClient(URI baseUrl, AppOptions options, AccountSignIn signIn) {
        try {
            if (signIn != null) {
                return new ApiClient(ApiConfig.defaults(baseUrl, null, AppVersion.current()).withProxy(options.proxy()),
                        signIn.tokens());
            }
            return new ApiClient(ApiConfig.defaults(baseUrl, options.effectiveToken().orElse(null),
                    AppVersion.current()).withProxy(options.proxy()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new StartupException(e.getMessage());
        }
    }

    /**
     * Which links the app may open: an explicit {@code --portal-url}'s origin; without one, the
     * sandbox's own origin when the API is on a loopback address (embedded or a separate sandbox),
     * otherwise the origin of {@code <API origin>/portal/support/new}.
     */
    static PortalPolicy portalPolicy(URI portalUrl, URI baseUrl) {
        try {
            if (portalUrl != null) {
                return PortalPolicy.portal(portalUrl);
            }
            if (LoopbackHosts.isLoopbackHost(baseUrl.getHost())) {
                return PortalPolicy.sandbox(baseUrl);
            }
            return PortalPolicy.portal(origin(baseUrl).resolve(TICKET_PAGE));
        } catch (IllegalArgumentException e) {
            throw new StartupException(e.getMessage());
        }
    }

    /** {@code scheme://host:port} of {@code uri}: where its web pages (support tickets) live. */
    static URI origin(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
    }

    /** The app's one pool for work off the FX thread (daemon threads: they never keep the JVM alive). */
    static ExecutorService newBackgroundExecutor() {
        return Executors.newCachedThreadPool(daemonThreads());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "cloudhub-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    AppOptions options() { return options; }
    Path dataDir() { return dataDir; }
    Path logFile() { return dataDir.resolve(DataFolder.LOGS).resolve(FileLogging.FILE_NAME); }
    boolean isSandbox() { return sandbox != null; }
    URI baseUrl() { return baseUrl; }
    ApiClient api() { return api; }

    /** The browser sign-in of this start, or empty where a token came with the start or the demo runs. */
    java.util.Optional<AccountSignIn> signIn() { return java.util.Optional.ofNullable(signIn); }
    TaskRunner tasks() { return tasks; }
    LocalStore store() { return store; }

    /**
     * Whose catalog, terms and last {@code /me} the store keeps ({@code StoredContext}'s scope): the API's
     * address (a copy from one endpoint never serves another), or one name for the embedded demo, whatever its port.
     */
    static String keptFor(boolean embeddedDemo, URI apiUrl) {
        return embeddedDemo ? "demo" : apiUrl.toString();
    }

    /** What the store keeps of this endpoint's context: the catalog source's cache. */
    StoredContext keptContext() { return keptContext; }

    /**
     * The catalog's first load (the kept copy, then the server's answer), begun in the background at the first
     * call: {@link AppStart} calls it as soon as this context exists, long before the main window is built.
     */
    synchronized CatalogSource.FirstLoad firstLoad() {
        if (firstLoad == null) {
            firstLoad = CatalogSource.FirstLoad.begin(api, keptContext, background);
        }
        return firstLoad;
    }

    /** Which links the app may open; see {@link #portalPolicy(URI, URI)}. */
    PortalPolicy portalPolicy() { return portalPolicy; }

    Locale locale() { return locale; }

    @Override
    public void close() {
        LOG.info("Shutting down");
        closeConnection(new Connection(sandbox, baseUrl, portalPolicy, api, signIn));
        background.shutdownNow();
        try {
            if (!background.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        fileLogging.close();
    }

    /** Closes the API client and stops the embedded sandbox. */
    static void closeConnection(Connection connection) {
        try {
            connection.api().close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the API client failed", e);
        }
        if (connection.signIn() != null) {
            connection.signIn().close();
        }
        if (connection.sandbox() != null) {
            connection.sandbox().close();
        }
    }
}
