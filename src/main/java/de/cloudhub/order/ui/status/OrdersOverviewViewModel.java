package de.cloudhub.order.ui.status;

import de.cloudhub.order.ui.common.CustomerChoice;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.api.ApiProtocolException;
import de.cloudhub.order.api.Conditional;
import de.cloudhub.order.api.OrderPage;
import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * While the server cannot be used ({@link ApiFailure#meansOffline()}, from the list's own load or from the
 * watcher's connection reports) it is <em>offline</em>: every order known shows with its last known status and
 * when it was last seen, under one line that says so; when the connection is back the list is loaded again.
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
    private final Consumer<Boolean> connectionListener = this::onConnection;
    /** The most pages one refresh asks for (40 000 orders). */
    static final int MAX_PAGES = 400;

    private final Map<String, Order> orders = new LinkedHashMap<>();
    /** The pages of the last refresh by their cursor ("" the first), what a 304 stands for. */
    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    /** Orders the server answered 404 for at the last check: shown as unknown to it, not as their last status. */
    private final Set<String> unknownToServer = new HashSet<>();
    /** When the server last sent (or confirmed) each order's state shown; absent when not known. */
    private final Map<String, Instant> seenAt = new HashMap<>();
    /** True once the server's list was loaded in this run: orders not stored locally are then known too. */
    private boolean listedFromServer;
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OrderRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<CustomerChoice> customerFilter = new SimpleObjectProperty<>();
    private final ObservableList<CustomerChoice> customerChoices = FXCollections.observableArrayList();
    private CustomerNames customers = CustomerNames.none();
    // held here: the app's one CustomerNames outlives this view-model and holds it only weakly
    private final javafx.collections.MapChangeListener<String, de.cloudhub.order.model.CustomerRef> namesChanged =
            c -> rebuildRows();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
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
        customerFilter.addListener((obs, old, now) -> applyFilter());
        customerFilter.set(everyCustomer());
        applyFilter();
        for (Order order : store.all()) {
            remember(order);
            store.seenAt(order.id()).ifPresent(at -> seenAt.put(order.id(), at));
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
        watcher.addConnectionListener(connectionListener);
        for (Order order : List.copyOf(orders.values())) {
            watcher.snapshot(order.id()).ifPresent(this::learn);
            watcher.watch(orders.get(order.id()), seenAt.get(order.id()));
        }
        rebuildRows();
        if (watcher.isOffline()) {
            showOffline();
        }
        refresh();
    }

    public void detach() {
        if (attached) {
            attached = false;
            watcher.removeListener(listener);
            watcher.removeConnectionListener(connectionListener);
        }
    }

    /**
     * Asks the server for the account's orders again: every page of {@code GET /orders}, each with the
     * ETag of its last copy, so an unchanged page costs one 304 and no body. Ignored while a refresh runs.
     */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        loadFailed.set(false);
        if (!offline.get()) {
            // offline, the line saying so stays until the list came: a retry must not hide what is shown
            message.set(i18n.t("overview.loading"));
        }
        tasks.run(this::allPagesRemembered, this::merge, this::failed);
    }

    /** The list as the server sent it at {@code at}. */
    private record Listed(List<Order> orders, Instant at) {
    }

    /**
     * Off the FX thread: every page, and the new state of each followed order handed to the local store, so
     * that it shows while offline (also after a restart).
     */
    private Listed allPagesRemembered() {
        List<Order> all = allPages();
        Instant at = clock.instant();
        for (Order order : all) {
            if (order != null && order.id() != null) {
                store.update(order, at);
            }
        }
        return new Listed(all, at);
    }

    /** Runs off the FX thread, one refresh at a time (see {@link #refresh()}); only it touches {@link #pages}. */
    private List<Order> allPages() {
        List<Order> all = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            String key = cursor == null ? "" : cursor;
            CachedPage cached = pages.get(key);
            Conditional<OrderPage> answer = api.ordersPage(customerId, List.of(), ApiClient.ORDERS_PAGE_LIMIT, cursor,
                    cached == null ? null : cached.etag());
            OrderPage page;
            if (!answer.notModified()) {
                page = answer.value();
                pages.put(key, new CachedPage(answer.etag(), page));
            } else if (cached != null) {
                page = cached.page();
            } else {
                throw new ApiProtocolException("The server answered GET /orders with 304 Not Modified although "
                        + "the client holds no copy of that page.", null);
            }
            all.addAll(page.orders());
            if (page.isLast()) {
                return all;
            }
            cursor = page.nextCursor();
        }
        LOG.warn("The order list has more than {} pages; the overview shows the first {} orders", MAX_PAGES,
                all.size());
        return all;
    }

    private void merge(Listed listed) {
        loading.set(false);
        listedFromServer = true;
        for (Order order : listed.orders() == null ? List.<Order>of() : listed.orders()) {
            if (order == null || order.id() == null) {
                continue;
            }
            remember(order);
            if (order.equals(orders.get(order.id()))) {
                seenAt.put(order.id(), listed.at());
            }
            unknownToServer.remove(order.id());
            watcher.watch(orders.get(order.id()), seenAt.get(order.id()));
        }
        offline.set(false);
        rebuildRows();
        // an empty list says so in the table itself ("No orders yet."), not a second time above it
        message.set("");
        watcher.reportConnection(null);
    }

    private void failed(Throwable error) {
        loading.set(false);
        FailureMessage why = FailureMessage.of(error);
        if (why.kind() == ApiFailure.OTHER) {
            LOG.error("Loading the orders failed unexpectedly", error);
        } else {
            LOG.info("Loading the orders failed ({}): {}", why.kind(), error.getMessage());
        }
        if (why.kind().meansOffline()) {
            watcher.reportConnection(why);
            showOffline();
            return;
        }
        loadFailed.set(true);
        message.set(i18n.t("overview.load-failed", why));
    }

    /** The server cannot be used now (or again): every known order shows as last seen. */
    private void showOffline() {
        if (!offline.get()) {
            offline.set(true);
            rebuildRows();
        }
        loadFailed.set(false);
        message.set(offlineLine());
    }

    /** The watcher heard that the server cannot be used, or that it answers again: then the list is loaded again. */
    private void onConnection(boolean nowOffline) {
        if (nowOffline) {
            if (!loading.get()) {
                showOffline();
            }
        } else if (offline.get() && attached) {
            refresh();
        }
    }

    /** The one line above the table while offline: since when the state shown is, and what cannot be shown. */
    private String offlineLine() {
        Instant newest = seenAt.values().stream().max(Comparator.naturalOrder()).orElse(null);
        StatusTexts texts = new StatusTexts(i18n, clock.getZone(), catalog.get());
        if (orders.isEmpty()) {
            return i18n.t("overview.offline.none-stored");
        }
        String shown;
        if (newest == null) {
            shown = i18n.t("overview.offline.shown");
        } else {
            shown = i18n.t("overview.offline.shown-since", texts.shortDateTime(newest));
        }
        return listedFromServer ? shown : i18n.t("overview.offline.not-stored", shown);
    }

    private void onUpdate(OrderUpdate update) {
        Order order = update.snapshot().order();
        if (order == null || !(orders.containsKey(order.id()) || store.isFollowed(order.id()))) {
            return;
        }
        Order before = orders.get(order.id());
        Instant seenBefore = seenAt.get(order.id());
        learn(update.snapshot());
        Order now = orders.get(order.id());
        boolean flagChanged = false;
        if (update.snapshot().failureKind() == ApiFailure.NOT_FOUND) {
            flagChanged = unknownToServer.add(order.id());
        } else if (update.snapshot().health() == OrderSnapshot.Health.OK) {
            flagChanged = unknownToServer.remove(order.id());
        }
        // only a changed row is redrawn: thousands of followed orders must not rebuild the table per answer
        boolean seenChanged = offline.get() && !Objects.equals(seenBefore, seenAt.get(order.id()));
        if (flagChanged || now != before || seenChanged) {
            updateRow(before, now);
        }
        if (offline.get()) {
            message.set(offlineLine());
        } else if (!orders.isEmpty() && !loading.get() && !loadFailed.get()) {
            message.set("");
        }
    }

    /** Takes the watcher's state of an order, and when it was seen, when it is the newer one. */
    private void learn(OrderSnapshot snapshot) {
        Order order = snapshot.order();
        if (order == null) {
            return;
        }
        remember(order);
        Instant seen = snapshot.lastSeen();
        Instant known = seenAt.get(order.id());
        if (seen != null && order.equals(orders.get(order.id())) && (known == null || seen.isAfter(known))) {
            seenAt.put(order.id(), seen);
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

    /**
     * One order changed: its row is replaced where it stands, so thousands of followed orders do not
     * rebuild (and re-sort) the whole table on every answer. A new order, or one whose place changes,
     * rebuilds it.
     */
    private void updateRow(Order before, Order now) {
        if (before == null || !Objects.equals(before.createdAt(), now.createdAt())) {
            rebuildRows();
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(now.id())) {
                rows.set(i, rowOf(now, new StatusTexts(i18n, clock.getZone(), catalog.get())));
                return;
            }
        }
        rebuildRows();
    }

    private void rebuildRows() {
        StatusTexts texts = new StatusTexts(i18n, clock.getZone(), catalog.get());
        rows.setAll(orders.values().stream().sorted(NEWEST_FIRST).map(o -> rowOf(o, texts)).toList());
        updateCustomerChoices();
    }

    /**
     * Where the customers' names come from (the API's order names only the id). For sales staff the overview
     * then has a Customer column and a customer filter.
     */
    public void setCustomerNames(CustomerNames names) {
        this.customers = Objects.requireNonNull(names, "names");
        names.known().addListener(new javafx.collections.WeakMapChangeListener<>(namesChanged));
        rebuildRows();
    }

    /** True when the overview names the customers (sales staff order for many). */
    public boolean showsCustomers() {
        return customers.isForSales();
    }

    private CustomerChoice everyCustomer() {
        return CustomerChoice.everyCustomer(i18n.t("overview.filter.customer.all"));
    }

    private String customerText(String id) {
        if (id == null || !customers.isForSales()) {
            return "";
        }
        return de.cloudhub.order.ui.common.OrderingFor.customer(i18n, id, customers.get(id).orElse(null));
    }

    /** The customer filter offers every customer and each customer that has an order in the list. */
    private void updateCustomerChoices() {
        List<CustomerChoice> choices = new java.util.ArrayList<>();
        choices.add(everyCustomer());
        rows.stream().filter(r -> r.customerId() != null)
                .collect(java.util.stream.Collectors.toMap(OrderRow::customerId, OrderRow::customer, (a, b) -> a,
                        java.util.TreeMap::new))
                .entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> choices.add(new CustomerChoice(false, e.getKey(), e.getValue())));
        if (!choices.equals(customerChoices)) {
            customerChoices.setAll(choices);
        }
        CustomerChoice chosen = customerFilter.get();
        if (chosen != null && chosen.customerId() != null) {
            // the same customer, named as it is known now
            choices.stream().filter(c -> chosen.customerId().equals(c.customerId())).findFirst()
                    .filter(c -> !c.equals(chosen)).ifPresent(customerFilter::set);
        }
    }

    private OrderRow rowOf(Order order, StatusTexts texts) {
        boolean unknown = unknownToServer.contains(order.id());
        String status = unknown ? i18n.t("overview.status.not-found", texts.statusName(order.status()))
                : texts.statusName(order.status());
        Instant seen = seenAt.get(order.id());
        String lastSeen = seen == null ? i18n.t("overview.last-seen.unknown") : seenText(seen, texts);
        return new OrderRow(order.id(), order.parsedStatus(), unknown, status,
                texts.service(order.request()), order.request() == null ? "" : nullToEmpty(order.request().nodeSize()),
                order.request() == null ? "" : nullToEmpty(order.request().region()), texts.money(order),
                texts.shortDateTime(order.createdAt()), order.createdAt(), store.isFollowed(order.id()), lastSeen,
                order.customerId(), customerText(order.customerId()));
    }

    /** Today's times as the time alone (the column stays narrow), earlier ones with their date. */
    private String seenText(Instant seen, StatusTexts texts) {
        boolean today = seen.atZone(clock.getZone()).toLocalDate().equals(clock.instant().atZone(clock.getZone()).toLocalDate());
        return today ? texts.shortTime(seen) : texts.shortDateTime(seen);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : StatusTexts.printable(s);
    }

    private void applyFilter() {
        StatusFilter current = filter.get() == null ? StatusFilter.ALL : filter.get();
        CustomerChoice customer = customerFilter.get();
        visibleRows.setPredicate(row -> current.accepts(row.status()) && (customer == null || customer.accepts(row.customerId())));
    }

    private record CachedPage(String etag, OrderPage page) {
    }

    public I18n i18n() {
        return i18n;
    }

    public ObservableList<OrderRow> getRows() { return visibleRows; }
    public ObjectProperty<StatusFilter> filterProperty() { return filter; }
    /** The customer filter (sales staff): every customer, or one. */
    public ObjectProperty<CustomerChoice> customerFilterProperty() { return customerFilter; }
    /** What the customer filter offers: every customer first, then those with orders in the list. */
    public ObservableList<CustomerChoice> customerChoices() { return customerChoices; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public String getMessage() { return message.get(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public boolean isLoading() { return loading.get(); }
    public ReadOnlyBooleanProperty loadFailedProperty() { return loadFailed.getReadOnlyProperty(); }
    /** True while the server cannot be used: the rows are the state last seen ({@link OrderRow#lastSeen()}). */
    public ReadOnlyBooleanProperty offlineProperty() { return offline.getReadOnlyProperty(); }
    public boolean isOffline() { return offline.get(); }
}
