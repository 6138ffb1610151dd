package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiException;
import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.common.OrderingFor;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.main.AppNavigation;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order tracking for the composition root, in one object: remembers the orders the app places,
 * follows those in progress with one {@link OrderWatcher}, builds the status view of one order and
 * the orders overview, and notifies when a followed order changes status.
 * <p>
 * In the app: {@code new OrderTrackingFeature(api, new FollowedOrdersStore(dataDir),
 * OrderTrackingFeature.newScheduler(), Platform::runLater, hostServices::showDocument, portal,
 * version, () -> currentI18n, tray, WatchSettings.defaults(),
 * Clock.systemDefaultZone())} with {@code portal = PortalPolicy.sandbox(sandbox.baseUri())} in sandbox
 * mode, else {@code PortalPolicy.portal(URI.create("https://<portal>/<new-ticket page>"))}; then
 * {@link #navigateWith} the app's navigation (which shows an order in the main window),
 * {@link #resumeFollowed()} once the window shows, {@link #follow} when an order is placed, and
 * {@link #close()} plus {@code scheduler.shutdownNow()} on exit.
 */
public final class OrderTrackingFeature implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrderTrackingFeature.class);

    private final ApiClient api;
    private final FollowedOrdersStore store;
    private final ScheduledExecutorService scheduler;
    private final Executor fxExecutor;
    private final LinkOpener links;
    private final PortalPolicy portal;
    private final String appVersion;
    private final Supplier<I18n> i18n;
    private final StatusNotifier notifier;
    private final Clock clock;
    private final OrderWatcher watcher;
    private final TaskRunner tasks;
    private final AtomicReference<Catalog> catalog = new AtomicReference<>();
    /** Where a notification click and the overview's "Open" lead, and "Order again"; null until the window has one. */
    private volatile AppNavigation navigation;
    private volatile String customerId;
    private CustomerNames customers = CustomerNames.none();

    public OrderTrackingFeature(ApiClient api, FollowedOrdersStore store, ScheduledExecutorService scheduler,
                                Executor fxExecutor, LinkOpener links, PortalPolicy portal, String appVersion,
                                Supplier<I18n> i18n, StatusNotifier notifier, WatchSettings settings, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.fxExecutor = Objects.requireNonNull(fxExecutor, "fxExecutor");
        this.links = Objects.requireNonNull(links, "links");
        this.portal = Objects.requireNonNull(portal, "portal");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.watcher = new OrderWatcher(api, scheduler, fxExecutor, Objects.requireNonNull(settings, "settings"), clock,
                this::rememberLatest);
        this.tasks = new FxTaskRunner(scheduler, fxExecutor);
        watcher.addListener(this::notifyChange);
    }

    private void showOrder(String orderId) {
        AppNavigation going = navigation;
        if (going == null) {
            LOG.info("No window to open order {} in", orderId);
            return;
        }
        going.showOrder(orderId);
    }

    /** One scheduler for all polling: two daemon threads, so a slow answer does not hold up every order. */
    public static ScheduledExecutorService newScheduler() {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "order-watcher-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * The app's navigation: a notification click and the overview's "Open" show the order's status view there,
     * and "Order again with these settings" on a failed order opens a new draft from it.
     */
    public void navigateWith(AppNavigation appNavigation) {
        this.navigation = Objects.requireNonNull(appNavigation, "appNavigation");
    }

    /** Where the views and notifications take the names of the customers sales staff order for. */
    public void setCustomerNames(CustomerNames names) {
        this.customers = Objects.requireNonNull(names, "names");
    }

    /** Whose orders the overview lists (a sales user's chosen customer); null for the token's own. */
    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public OrderWatcher watcher() {
        return watcher;
    }

    public FollowedOrdersStore store() {
        return store;
    }

    /** Remembers a newly placed order (written off the FX thread) and follows it from now on. */
    public void follow(Order order) {
        Objects.requireNonNull(order, "order");
        runInBackground(() -> {
            try {
                store.put(order);
            } catch (RuntimeException e) {
                LOG.warn("Could not remember order {} on disk; it is followed until the app closes", order.id(), e);
            }
        });
        watcher.watch(order, clock.instant());
    }

    /**
     * What the app's own connection check found: {@code failure} null when the server answered, else why not.
     * While the server cannot be used, the status views and the overview show what is stored, marked as last
     * seen; when it answers again they take fresh data.
     */
    public void reportConnection(FailureMessage failure) {
        watcher.reportConnection(failure);
    }

    /** After start: follows every remembered order that is not finished yet. Finished ones are not asked for. */
    public void resumeFollowed() {
        for (Order order : store.all()) {
            watcher.watch(order, store.seenAt(order.id()).orElse(null));
        }
    }

    /** The status view of one order; it listens while it is shown. */
    public Node statusView(String orderId, I18n texts) {
        return new OrderStatusView(statusViewModel(orderId, texts)).node();
    }

    /**
     * The view-model of one order's status view, showing at once what is stored of it (also before
     * {@link #resumeFollowed()}, and while the server cannot be reached); call on the FX thread.
     */
    public OrderStatusViewModel statusViewModel(String orderId, I18n texts) {
        store.get(orderId).ifPresent(order -> watcher.watch(order, store.seenAt(orderId).orElse(null)));
        OrderStatusViewModel vm = new OrderStatusViewModel(orderId, watcher, texts, portal, links, appVersion, clock,
                catalog::get);
        AppNavigation going = navigation;
        if (going != null) {
            vm.setOrderAgain(going::orderAgain);
        }
        vm.setCustomerNames(customers);
        return vm;
    }

    /** The orders overview's view-model; call on the FX thread. */
    public OrdersOverviewViewModel overviewViewModel(I18n texts) {
        OrdersOverviewViewModel vm = new OrdersOverviewViewModel(api, customerId, watcher, store, tasks, texts, clock,
                catalog::get);
        vm.setCustomerNames(customers);
        return vm;
    }

    /** The orders overview; {@code openOrder} shows the chosen order. */
    public Node overview(I18n texts, Consumer<String> openOrder) {
        return new OrdersOverviewView(overviewViewModel(texts), openOrder).node();
    }

    /** Stops all polling; the caller shuts down the scheduler it passed in. */
    @Override
    public void close() {
        watcher.close();
    }

    private void rememberLatest(Order order) {
        store.update(order);
    }

    private void notifyChange(OrderUpdate update) {
        Order order = update.snapshot().order();
        if (!update.statusChanged() || order == null || !store.isFollowed(order.id())) {
            return;
        }
        I18n texts = i18n.get();
        StatusTexts words = new StatusTexts(texts, clock.getZone(), catalog.get());
        OrderStatus status = order.parsedStatus();
        // sales staff read for whom the order is: the same sentences, naming the customer
        String customer = customers.isForSales() && order.customerId() != null
                ? OrderingFor.customer(texts, order.customerId(), customers.get(order.customerId()).orElse(null))
                : null;
        String suffix = customer == null ? "" : ".customer";
        String text = switch (status) {
            case DONE -> texts.t("notify.done" + suffix, order.id(), customer);
            case FAILED -> texts.t("notify.failed" + suffix, order.id(),
                    order.failure() == null || order.failure().reason() == null
                            ? texts.t("status.failure.no-reason")
                            : StatusTexts.printable(order.failure().reason()), customer);
            default -> texts.t("notify.changed" + suffix, order.id(), words.statusName(order.status()), customer);
        };
        String title = texts.t("notify.title", words.statusName(order.status()));
        try {
            notifier.show(new StatusNotice(order.id(), status, title, text), () -> showOrder(order.id()));
        } catch (RuntimeException e) {
            LOG.warn("Could not show the notification for order {}", order.id(), e);
        }
    }

    /** The catalog the order texts name node sizes and regions from (the app's one catalog source); null while none. */
    public void setCatalog(Catalog current) {
        catalog.set(current);
    }

    private void runInBackground(Runnable work) {
        try {
            scheduler.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.debug("Scheduler stopped; background work skipped");
        }
    }
}
