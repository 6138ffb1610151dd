package de.cloudhub.order.ui.main;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.api.Conditional;
import de.cloudhub.order.drafts.CachedContext;
import de.cloudhub.order.drafts.ContextCache;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.wizard.ContextSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one source of the order's context — the signed-in user, the catalog and the terms — for every
 * caller. At start it serves the copy kept in the local store at once (no waiting for the network),
 * then revalidates it in the background (the catalog with its ETag) and keeps the new copy. When the
 * server cannot be reached it says so ({@link #offlineProperty()}, with the age of what it serves) and
 * tries again by itself with growing pauses; {@link #retryNow()} tries at once. Call on the FX thread (but
 * {@link FirstLoad#begin}, from anywhere).
 */
public final class CatalogSource implements ContextSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogSource.class);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private final ApiClient api;
    private final TaskRunner tasks;
    private final ContextCache cache;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyObjectWrapper<Terms> terms = new ReadOnlyObjectWrapper<>(this, "terms");
    private final ReadOnlyObjectWrapper<Me> me = new ReadOnlyObjectWrapper<>(this, "me");
    private final ReadOnlyObjectWrapper<ConnectionPhase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", ConnectionPhase.LOADING);
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<Instant> fetchedAt = new ReadOnlyObjectWrapper<>(this, "fetchedAt");
    private final ReadOnlyObjectWrapper<FailureMessage> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private String catalogEtag;
    private Duration pause = FIRST_PAUSE;
    private ScheduledFuture<?> retry;
    private boolean closed;
    /** True once {@link #start(FirstLoad)} ran. */
    private boolean started;
    /** Who asked for the answer of the request that is out ({@link #reload}), told once it is in. */
    private final List<Runnable> waiting = new ArrayList<>();

    private record Fetched(Me me, Conditional<Catalog> catalog, Terms terms) {
    }

    public CatalogSource(ApiClient api, TaskRunner tasks, ContextCache cache, ScheduledExecutorService timer,
                         Clock clock) {
        this.api = Objects.requireNonNull(api);
        this.tasks = Objects.requireNonNull(tasks);
        this.cache = Objects.requireNonNull(cache);
        this.timer = Objects.requireNonNull(timer);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The first load of the context, begun before the source exists: at the app's start it runs in the
     * background beside the FX toolkit's own start and the window's frame, so the catalog is often in before
     * the main window is built. It reads the kept copy, then asks the server to revalidate it (with its ETag);
     * {@link #start(FirstLoad)} applies both, in that order, on the FX thread.
     */
    public static final class FirstLoad {
        private final CompletableFuture<Optional<CachedContext>> kept;
        private final CompletableFuture<Fetched> answer;

        private FirstLoad(CompletableFuture<Optional<CachedContext>> kept, CompletableFuture<Fetched> answer) {
            this.kept = kept;
            this.answer = answer;
        }

        /** Begins reading {@code cache} and then asking {@code api}, on {@code background}. */
        public static FirstLoad begin(ApiClient api, ContextCache cache, Executor background) {
            CompletableFuture<Optional<CachedContext>> kept = CompletableFuture.supplyAsync(cache::read, background);
            CompletableFuture<Fetched> answer = kept.handle((copy, e) -> copy == null ? null
                    : copy.map(CachedContext::catalogEtag).orElse(null))
                    .thenApplyAsync(etag -> fetch(api, etag), background);
            return new FirstLoad(kept, answer);
        }

        /** True once the server's answer (or the failure to get one) is in. */
        boolean isDone() {
            return answer.isDone();
        }
    }

    /**
     * Serves the kept copy of {@code first} (if any) at once, then the server's answer to it (unless a request of
     * this source is out already: its answer is newer). Only the first call counts; call on the FX thread.
     */
    public void start(FirstLoad first) {
        Objects.requireNonNull(first, "first");
        if (closed || started) {
            return;
        }
        started = true;
        boolean answerIsOurs = !checking.get();
        if (answerIsOurs) {
            checking.set(true);
            if (catalog.get() == null) {
                failure.set(null);
                phase.set(ConnectionPhase.LOADING);
            }
        }
        first.kept.whenComplete((kept, e) -> tasks.onUiThread(() -> {
            try {
                if (e != null) {
                    LOG.warn("Cannot read the kept catalog", unwrapped(e));
                } else {
                    servedFromCache(kept);
                }
            } finally {
                if (answerIsOurs) {
                    first.answer.whenComplete((answer, error) -> tasks.onUiThread(() -> {
                        if (error != null) {
                            failed(unwrapped(error));
                        } else {
                            fetched(answer);
                        }
                    }));
                }
            }
        }));
    }

    private void servedFromCache(Optional<CachedContext> kept) {
        kept.ifPresent(c -> {
            if (catalog.get() == null) {
                LOG.info("Serving the catalog kept from {}", c.fetchedAt());
                catalogEtag = c.catalogEtag();
                apply(c.me(), c.catalog(), c.terms(), c.fetchedAt());
            }
        });
    }

    private static Fetched fetch(ApiClient api, String etag) {
        return new Fetched(api.me(), api.catalog(etag), api.terms());
    }

    private static Throwable unwrapped(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** Asks the server again now (the Retry button), whatever pause was planned. */
    public void retryNow() {
        cancelRetry();
        pause = FIRST_PAUSE;
        refresh();
    }

    /**
     * Asks the server for the context now (a price changed on the server, the terms are missing) and runs
     * {@code then} once the answer, or the failure, is in; a request already out serves this one too.
     */
    @Override
    public void reload(Runnable then) {
        Objects.requireNonNull(then, "then");
        if (closed) {
            then.run();
            return;
        }
        waiting.add(then);
        cancelRetry();
        refresh();
    }

    private void tellWaiting() {
        List<Runnable> told = List.copyOf(waiting);
        waiting.clear();
        told.forEach(Runnable::run);
    }

    /** Asks the server for the context; an unchanged catalog costs a 304. */
    public void refresh() {
        if (closed || checking.get()) {
            return;
        }
        checking.set(true);
        if (catalog.get() == null) {
            failure.set(null);
            phase.set(ConnectionPhase.LOADING);
        }
        String etag = catalog.get() == null ? null : catalogEtag;
        tasks.run(() -> fetch(api, etag), this::fetched, this::failed);
    }

    private void fetched(Fetched answer) {
        checking.set(false);
        Catalog current = answer.catalog().notModified() ? catalog.get() : answer.catalog().value();
        if (current == null) {
            failed(new IllegalStateException("The server answered 304 Not Modified for a catalog the app does not hold"));
            return;
        }
        try {
            applyFetched(answer, current);
        } finally {
            tellWaiting();
        }
    }

    private void applyFetched(Fetched answer, Catalog current) {
        if (!answer.catalog().notModified()) {
            catalogEtag = answer.catalog().etag();
        }
        Instant now = clock.instant();
        apply(answer.me(), current, answer.terms(), now);
        offline.set(false);
        failure.set(null);
        pause = FIRST_PAUSE;
        LOG.info("Connected as user {} ({})", answer.me().user() == null ? "?" : answer.me().user().id(),
                answer.me().role());
        CachedContext keep = new CachedContext(answer.me(), current, catalogEtag, answer.terms(), now);
        tasks.run(() -> {
            cache.write(keep);
            return Boolean.TRUE;
        }, done -> { }, e -> LOG.warn("Cannot keep the catalog for offline use", e));
    }

    private void apply(Me who, Catalog c, Terms t, Instant at) {
        me.set(who);
        terms.set(t);
        catalog.set(c);
        fetchedAt.set(at);
        phase.set(ConnectionPhase.READY);
    }

    private void failed(Throwable error) {
        checking.set(false);
        FailureMessage why = FailureMessage.of(error);
        if (why.kind() == ApiFailure.OTHER) {
            LOG.error("Loading the catalog failed unexpectedly", error);
        } else {
            LOG.warn("Loading the catalog failed ({}): {}", why.kind(), error.getMessage());
        }
        failure.set(why);
        offline.set(true);
        if (catalog.get() == null) {
            phase.set(ConnectionPhase.FAILED);
        }
        scheduleRetry(why);
        tellWaiting();
    }

    /** The server may be back later; a refused sign-in or access is not fixed by waiting. */
    private void scheduleRetry(FailureMessage why) {
        if (closed || why.kind() == ApiFailure.SIGNED_OUT || why.kind() == ApiFailure.NO_ACCESS) {
            return;
        }
        Duration wait = why.retryAfter() != null && why.retryAfter().compareTo(pause) > 0 ? why.retryAfter() : pause;
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        cancelRetry();
        try {
            retry = timer.schedule(() -> tasks.onUiThread(this::refresh), wait.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Trying the server again in {} s", wait.toSeconds());
        } catch (RejectedExecutionException e) {
            LOG.debug("Timer stopped; no retry");
        }
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        cancelRetry();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() { return catalog.getReadOnlyProperty(); }
    public Catalog getCatalog() { return catalog.get(); }
    public ReadOnlyObjectProperty<Terms> termsProperty() { return terms.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Me> meProperty() { return me.getReadOnlyProperty(); }
    public Me getMe() { return me.get(); }
    /** LOADING until there is a context (kept or fetched), READY then; FAILED when there is none and none came. */
    public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ConnectionPhase getPhase() { return phase.get(); }
    /** True while the last attempt to reach the server failed; what is served is then the kept copy. */
    public ReadOnlyBooleanProperty offlineProperty() { return offline.getReadOnlyProperty(); }
    public boolean isOffline() { return offline.get(); }
    /** True while a request to the server is out. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    /** When the context served was fetched from the server (how old the prices are). */
    public ReadOnlyObjectProperty<Instant> fetchedAtProperty() { return fetchedAt.getReadOnlyProperty(); }
    /** Why the server could not be used the last time; null after a success. */
    public ReadOnlyObjectProperty<FailureMessage> failureProperty() { return failure.getReadOnlyProperty(); }
    public FailureMessage getFailure() { return failure.get(); }
}
