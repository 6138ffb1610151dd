package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's orders, newest first: the orders this app follows (shown at once, from the local
 * store) merged with {@code GET /orders}; orders in progress are kept current by the
 * {@link OrderWatcher}, finished ones are never asked for again. Filterable by status.
 */
public final class OrdersOverviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OrdersOverviewViewModel.class);
    private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::createdAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final ApiClient api;
    private final String customerId;
    private final OrderWatcher watcher;
    private final FollowedOrdersStore store;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Clock clock;
    private final Supplier<Catalog> catalog;
    private final Consumer<OrderUpdate> listener = this::onUpdate;
    private final Map<String, Order> orders = new LinkedHashMap<>();
    /** Orders the server answered 404 for at the last check: shown as unknown to it, not as their last status. */
    private final Set<String> unknownToServer = new HashSet<>();
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OrderRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadFailed = new ReadOnlyBooleanWrapper(false);
    private boolean attached;

    /** @param customerId whose orders to list; null for the token's own customer */
    public OrdersOverviewViewModel(ApiClient api, String customerId, OrderWatcher watcher, FollowedOrdersStore store,
                                   TaskRunner tasks, I18n i18n, Clock clock, Supplier<Catalog> catalog) {
        this.api = Objects.requireNonNull(api, "api");
        this.customerId = customerId;
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        filter.addListener((obs, old, now) -> applyFilter());
        applyFilter();
        for (Order order : store.all()) {
            remember(order);
        }
        rebuildRows();
    }

    /** Starts listening, follows the remembered orders in progress and asks the server for the list. */
    public void attach() {
        if (attached) {
            return;
        }
        attached = true;
        watcher.addListener(listener);
        for (Order order : List.copyOf(orders.values())) {
            watcher.snapshot(order.id()).map(OrderSnapshot::order).filter(Objects::nonNull).ifPresent(this::remember);
            watcher.watch(order);
        }
        rebuildRows();
        refresh();
    }

    public void detach() {
        if (attached) {
            attached = false;
            watcher.removeListener(listener);
        }
    }

    /** Asks the server for the account's orders again. */
    public void refresh() {
        loading.set(true);
        loadFailed.set(false);
        message.set(i18n.t("overview.loading"));
        tasks.run(() -> api.orders(customerId, null), this::merge, this::failed);
    }

    private void merge(List<Order> fromServer) {
        loading.set(false);
        for (Order order : fromServer == null ? List.<Order>of() : fromServer) {
            if (order == null || order.id() == null) {
                continue;
            }
            remember(order);
            unknownToServer.remove(order.id());
            watcher.watch(orders.get(order.id()));
        }
        rebuildRows();
        // an empty list says so in the table itself ("No orders yet."), not a second time above it
        message.set("");
    }

    private void failed(Throwable error) {
        loading.set(false);
        loadFailed.set(true);
        FailureMessage why = FailureMessage.of(error);
        if (why.kind() == ApiFailure.OTHER) {
            LOG.error("Loading the orders failed unexpectedly", error);
        } else {
            LOG.info("Loading the orders failed ({}): {}", why.kind(), error.getMessage());
        }
        message.set(i18n.t("overview.load-failed", why));
    }

    private void onUpdate(OrderUpdate update) {
        Order order = update.snapshot().order();
        if (order == null || !(orders.containsKey(order.id()) || store.isFollowed(order.id()))) {
            return;
        }
        remember(order);
        if (update.snapshot().failureKind() == ApiFailure.NOT_FOUND) {
            unknownToServer.add(order.id());
        } else if (update.snapshot().health() == OrderSnapshot.Health.OK) {
            unknownToServer.remove(order.id());
        }
        rebuildRows();
        if (!orders.isEmpty() && !loading.get() && !loadFailed.get()) {
            message.set("");
        }
    }

    /** Keeps the newer of the known and the given state of an order. */
    private void remember(Order order) {
        Order known = orders.get(order.id());
        if (known == null || isNewer(order, known)) {
            orders.put(order.id(), order);
        }
    }

    private static boolean isNewer(Order candidate, Order known) {
        Instant a = candidate.updatedAt();
        Instant b = known.updatedAt();
        if (a == null || b == null) {
            return true;
        }
        return !a.isBefore(b);
    }

    private void rebuildRows() {
        StatusTexts texts = new StatusTexts(i18n, clock.getZone(), catalog.get());
        rows.setAll(orders.values().stream().sorted(NEWEST_FIRST).map(o -> rowOf(o, texts)).toList());
    }

    private OrderRow rowOf(Order order, StatusTexts texts) {
        boolean unknown = unknownToServer.contains(order.id());
        String status = unknown ? i18n.t("overview.status.not-found", texts.statusName(order.status()))
                : texts.statusName(order.status());
        return new OrderRow(order.id(), order.parsedStatus(), unknown, status,
                texts.service(order.request()), order.request() == null ? "" : nullToEmpty(order.request().nodeSize()),
                order.request() == null ? "" : nullToEmpty(order.request().region()), texts.money(order),
                texts.shortDateTime(order.createdAt()), order.createdAt(), store.isFollowed(order.id()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : StatusTexts.printable(s);
    }

    private void applyFilter() {
        StatusFilter current = filter.get() == null ? StatusFilter.ALL : filter.get();
        visibleRows.setPredicate(row -> current.accepts(row.status()));
    }

    public I18n i18n() {
        return i18n;
    }

    public ObservableList<OrderRow> getRows() { return visibleRows; }
    public ObjectProperty<StatusFilter> filterProperty() { return filter; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public String getMessage() { return message.get(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public boolean isLoading() { return loading.get(); }
    public ReadOnlyBooleanProperty loadFailedProperty() { return loadFailed.getReadOnlyProperty(); }
}
