package de.cloudhub.order.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.drafts.CachedContext;
import de.cloudhub.order.drafts.ContextCache;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.ordering.UiThreadTaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one catalog source: a kept copy at once, offline said and ended by itself, ETag revalidation. */
class CatalogSourceTest {
    private final UiThreadTaskRunner tasks = new UiThreadTaskRunner();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final MemoryCache cache = new MemoryCache();
    private SandboxServer server;
    private ApiClient api;
    private CatalogSource source;

    /** A cache in memory, written from the worker threads. */
    private static final class MemoryCache implements ContextCache {
        final AtomicReference<CachedContext> kept = new AtomicReference<>();

        @Override
        public Optional<CachedContext> read() {
            return Optional.ofNullable(kept.get());
        }

        @Override
        public void write(CachedContext context) {
            kept.set(context);
        }
    }

    @AfterEach
    void close() {
        if (source != null) {
            tasks.ui().run(source::close);
        }
        timer.shutdownNow();
        tasks.close();
        if (api != null) {
            api.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static ApiClient client(URI base) {
        return new ApiClient(new ApiConfig(base, SandboxDemo.CUSTOMER_TOKEN, Duration.ofMillis(500),
                Duration.ofSeconds(3), 1, Duration.ofMillis(10), "CloudhubOrder/test"));
    }

    private void startSource(URI base) {
        api = client(base);
        source = tasks.ui().call(() -> new CatalogSource(api, tasks, cache, timer, Clock.systemUTC()));
        // the first load runs in the background (as at the app's start, before the source exists)
        CatalogSource.FirstLoad first = CatalogSource.FirstLoad.begin(api, cache, timer);
        tasks.ui().run(() -> source.start(first));
    }

    private <T> T onUi(Callable<T> read) {
        return tasks.ui().call(read);
    }

    @Test
    void aFetchedContextIsKeptAndServedAtTheNextStartWithoutAServer() {
        server = SandboxServer.start(0);
        URI base = server.baseUri();
        startSource(base);
        Wait.until("the first fetch is kept", Duration.ofSeconds(10), () -> cache.kept.get() != null);
        Instant fetched = cache.kept.get().fetchedAt();
        tasks.ui().run(source::close);
        api.close();
        server.close();
        server = null;

        startSource(base);

        Wait.until("the kept copy is served", Duration.ofSeconds(10),
                () -> onUi(() -> source.getPhase() == ConnectionPhase.READY && source.isOffline()));
        assertThat(onUi(() -> source.getCatalog().services())).isNotEmpty();
        assertThat(onUi(() -> source.fetchedAtProperty().get())).isEqualTo(fetched);
        assertThat(onUi(() -> source.getFailure())).isNotNull();
    }

    @Test
    void theFirstLoadBegunBeforeTheSourceExistsIsServedByItWithoutAskingAgain() {
        server = SandboxServer.start(0);
        api = client(server.baseUri());
        CatalogSource.FirstLoad first = CatalogSource.FirstLoad.begin(api, cache, timer);
        Wait.until("the first answer is in", Duration.ofSeconds(10), first::isDone);
        // the server is gone before the source exists: what it serves can only come from the first load
        server.close();
        server = null;

        source = tasks.ui().call(() -> new CatalogSource(api, tasks, cache, timer, Clock.systemUTC()));
        tasks.ui().run(() -> source.start(first));

        Wait.until("connected", Duration.ofSeconds(10),
                () -> onUi(() -> source.getPhase() == ConnectionPhase.READY && !source.checkingProperty().get()));
        assertThat(onUi(source::isOffline)).isFalse();
        assertThat(onUi(() -> source.getMe().user().id())).isNotBlank();
        assertThat(onUi(() -> source.getCatalog().services())).isNotEmpty();
        Wait.until("kept", Duration.ofSeconds(10), () -> cache.kept.get() != null);
    }

    @Test
    void withoutAKeptCopyAndAServerTheSourceFailsAndReconnectsByItselfWhenTheServerIsBack() {
        SandboxServer first = SandboxServer.start(0);
        int port = first.baseUri().getPort();
        URI base = first.baseUri();
        first.close();

        startSource(base);
        Wait.until("loading failed", Duration.ofSeconds(10),
                () -> onUi(() -> source.getPhase() == ConnectionPhase.FAILED));
        server = SandboxServer.start(port);

        Wait.until("reconnected by itself", Duration.ofSeconds(20),
                () -> onUi(() -> source.getPhase() == ConnectionPhase.READY && !source.isOffline()));
        assertThat(onUi(() -> source.getFailure())).isNull();
    }

    @Test
    void anUnchangedCatalogIsRevalidatedAndKeptAsItIs() {
        server = SandboxServer.start(0);
        startSource(server.baseUri());
        Wait.until("connected", Duration.ofSeconds(10),
                () -> onUi(() -> source.getPhase() == ConnectionPhase.READY && !source.checkingProperty().get()));
        Catalog first = onUi(source::getCatalog);
        Wait.until("kept", Duration.ofSeconds(10), () -> cache.kept.get() != null);
        String etag = cache.kept.get().catalogEtag();

        tasks.ui().run(source::retryNow);
        Wait.until("checked again", Duration.ofSeconds(10), () -> onUi(() -> !source.checkingProperty().get()));

        assertThat(etag).isNotBlank();
        assertThat(onUi(source::getCatalog)).isSameAs(first);
    }
}
