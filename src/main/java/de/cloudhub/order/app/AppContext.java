package de.cloudhub.order.app;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.api.LoopbackHosts;
import de.cloudhub.order.drafts.DraftStore;
import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.status.PortalPolicy;
import de.cloudhub.order.ui.wizard.OrderState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
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
 * Everything below the window, built by constructor from the options: data folder, log file, the
 * embedded sandbox (demo mode), the API client, the background executor, the shared order state
 * and the draft store. {@link #close()} shuts it all down in reverse order.
 */
final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    /** The portal's "new support ticket" page below the API's origin, as in docs/api.md. */
    static final String TICKET_PAGE = "/portal/support/new";

    private final AppOptions options;
    private final Path dataDir;
    private final FileLogging fileLogging;
    private final SandboxServer sandbox;
    private final URI baseUrl;
    private final URI portalUrl;
    private final ApiClient api;
    private final ExecutorService background;
    private final TaskRunner tasks;
    private final OrderState state = new OrderState();
    private final DraftStore drafts;
    private final FollowedOrdersStore followedOrders;
    private final Locale locale;

    AppContext(AppOptions options) {
        this.options = Objects.requireNonNull(options);
        this.dataDir = options.effectiveDataDir().toAbsolutePath();
        createFolder(dataDir.resolve("logs"));
        this.fileLogging = FileLogging.start(dataDir.resolve("logs"));
        LOG.info("Cloudhub Order {} starting; data in {}", AppOptions.APP_VERSION, dataDir);
        SandboxServer server = null;
        try {
            if (options.sandbox()) {
                server = SandboxServer.start(options.sandboxPort());
                LOG.info("Embedded sandbox on {}", server.baseUri());
            }
            this.sandbox = server;
            this.baseUrl = server != null ? server.baseUri() : options.apiUrl();
            this.portalUrl = options.portalUrl() != null ? options.portalUrl() : origin(baseUrl);
            this.api = new ApiClient(ApiConfig.defaults(baseUrl, options.effectiveToken().orElse(null),
                    AppOptions.APP_VERSION));
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            fileLogging.close();
            throw e;
        }
        this.background = Executors.newCachedThreadPool(daemonThreads());
        this.tasks = new FxTaskRunner(background);
        this.drafts = new DraftStore(dataDir);
        this.followedOrders = new FollowedOrdersStore(dataDir);
        this.locale = options.locale() != null ? options.locale() : I18n.defaultLocale();
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** {@code scheme://host:port} of {@code uri}: where its web pages (support tickets) live. */
    static URI origin(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
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
    Path logFile() { return dataDir.resolve("logs").resolve(FileLogging.FILE_NAME); }
    boolean isSandbox() { return sandbox != null; }
    URI baseUrl() { return baseUrl; }
    URI portalUrl() { return portalUrl; }
    ApiClient api() { return api; }
    TaskRunner tasks() { return tasks; }
    OrderState state() { return state; }
    DraftStore drafts() { return drafts; }
    FollowedOrdersStore followedOrders() { return followedOrders; }

    /**
     * Which links the app may open: the sandbox's own origin when the API is on a loopback address
     * (embedded or a separate sandbox), otherwise the portal's support-ticket page (https only).
     */
    PortalPolicy portalPolicy() {
        if (LoopbackHosts.isLoopbackHost(baseUrl.getHost())) {
            return PortalPolicy.sandbox(baseUrl);
        }
        URI ticketPage = options.portalUrl() != null ? options.portalUrl()
                : origin(baseUrl).resolve(TICKET_PAGE);
        return PortalPolicy.portal(ticketPage);
    }

    Locale locale() { return locale; }

    @Override
    public void close() {
        LOG.info("Shutting down");
        try {
            api.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the API client failed", e);
        }
        if (sandbox != null) {
            sandbox.close();
        }
        background.shutdownNow();
        try {
            if (!background.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fileLogging.close();
    }
}
