package de.cloudhub.order.ui.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ConnectionInfo;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.StatusChange;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.common.WebLinks;
import de.cloudhub.order.ui.status.OrderSnapshot.Health;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one order's status page, fed by the {@link OrderWatcher}: facts, status in words,
 * timeline, last check and connection trouble, connection details when done, reason and support
 * ticket link when failed. Never holds a node; updated on the thread the watcher delivers on.
 * A failed check keeps everything already known and only adds the trouble message. While the server cannot
 * be used (the order's last check, or the watcher's connection reports, say so) everything shown is marked
 * "last seen …, offline" ({@link #offlineProperty()}, {@link #offlineMarkProperty()}); the next answer removes it.
 */
public final class OrderStatusViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OrderStatusViewModel.class);
    private static final ObjectMapper JSON = ModelJson.newMapper();

    private final String orderId;
    private final OrderWatcher watcher;
    private final I18n i18n;
    private final PortalPolicy portal;
    private final LinkOpener links;
    private final String appVersion;
    private final Clock clock;
    private final Supplier<Catalog> catalog;
    private final Consumer<OrderUpdate> listener = this::onUpdate;
    private final Consumer<Boolean> connectionListener = offline -> showOffline();
    private boolean attached;
    private OrderSnapshot snapshot;
    private String refusedLinkLogged;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    // sales staff: whom the order is for; empty for a customer's own order
    private final ReadOnlyStringWrapper customer = new ReadOnlyStringWrapper("");
    private CustomerNames customers = CustomerNames.none();
    // held here: the app's one CustomerNames outlives this view-model and holds it only weakly
    private final javafx.collections.MapChangeListener<String, de.cloudhub.order.model.CustomerRef> namesChanged =
            c -> showCustomer();
    private final ReadOnlyObjectWrapper<OrderStatus> status = new ReadOnlyObjectWrapper<>(OrderStatus.UNKNOWN);
    private final ReadOnlyStringWrapper statusName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusExplanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper service = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nodeSize = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trustedSources = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper billing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canOrderAgain = new ReadOnlyBooleanWrapper(false);
    private Consumer<Order> orderAgain;
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ReadOnlyStringWrapper lastChecked = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper trouble = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper troubleMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper host = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper port = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tls = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failureReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ticketLink = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ticketLinkAllowed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper ticketNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper offlineMark = new ReadOnlyStringWrapper("");

    public OrderStatusViewModel(String orderId, OrderWatcher watcher, I18n i18n, PortalPolicy portal, LinkOpener links,
                                String appVersion, Clock clock, Supplier<Catalog> catalog) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.portal = Objects.requireNonNull(portal, "portal");
        this.links = Objects.requireNonNull(links, "links");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        title.set(i18n.t("status.title", orderId));
        statusName.set(i18n.t("status.name.loading"));
        statusExplanation.set(i18n.t("status.explain.loading"));
        lastChecked.set(i18n.t("status.last-checked.never"));
        done.bind(status.isEqualTo(OrderStatus.DONE));
        failed.bind(status.isEqualTo(OrderStatus.FAILED));
    }

    /** Starts listening (and following the order when nobody does yet); shows what is known at once. */
    public void attach() {
        if (attached) {
            return;
        }
        attached = true;
        watcher.addListener(listener);
        watcher.addConnectionListener(connectionListener);
        watcher.snapshot(orderId).ifPresent(this::apply);
        showOffline();
        watcher.watch(orderId);
    }

    /** Stops listening; the watcher goes on following the order. */
    public void detach() {
        if (attached) {
            attached = false;
            watcher.removeListener(listener);
            watcher.removeConnectionListener(connectionListener);
        }
    }

    private void onUpdate(OrderUpdate update) {
        if (orderId.equals(update.orderId())) {
            apply(update.snapshot());
        }
    }

    /** Shows {@code next}; a snapshot without an order (nothing known yet) leaves the facts as they are. */
    void apply(OrderSnapshot next) {
        snapshot = next;
        StatusTexts texts = texts();
        Order order = next.order();
        if (order != null) {
            showOrder(order, texts);
        }
        lastChecked.set(lastCheckedText(next, order, texts));
        trouble.set(next.isTrouble());
        troubleMessage.set(next.isTrouble() ? troubleText(next, texts) : "");
        showOffline();
    }

    /**
     * Offline when the order's last check found the server unusable, or when the watcher's last connection
     * report did (a finished order is not asked for, so only that tells); the next answer ends it.
     */
    private void showOffline() {
        boolean known = snapshot != null && snapshot.order() != null;
        offline.set(known && (snapshot.isOffline() || watcher.isOffline()));
        if (!offline.get()) {
            offlineMark.set("");
            return;
        }
        Instant seen = snapshot.lastSeen();
        offlineMark.set(seen == null ? i18n.t("status.offline.seen-unknown")
                : i18n.t("status.offline.seen", texts().dateTime(seen)));
    }

    /**
     * When the server last answered (a failed check is no check: the banner says what went wrong). A
     * finished order remembered from earlier is final: it is not asked for again, so say so.
     */
    private String lastCheckedText(OrderSnapshot next, Order order, StatusTexts texts) {
        if (next.lastAnswer() != null) {
            return i18n.t("status.last-checked", texts.time(next.lastAnswer()));
        }
        if (order != null && order.parsedStatus().isTerminal()) {
            return order.updatedAt() == null ? i18n.t("status.last-checked.final")
                    : i18n.t("status.last-checked.final-since", texts.dateTime(order.updatedAt()));
        }
        return i18n.t("status.last-checked.never");
    }

    private void showOrder(Order order, StatusTexts texts) {
        loaded.set(true);
        showCustomer();
        OrderStatus parsed = order.parsedStatus();
        status.set(parsed);
        statusName.set(texts.statusName(order.status()));
        statusExplanation.set(texts.explanation(order.status()));
        service.set(texts.service(order.request()));
        nodeSize.set(texts.nodeSize(order.request()));
        storage.set(texts.storage(order.request()));
        region.set(texts.region(order.request()));
        trustedSources.set(texts.trustedSources(order.request()));
        billing.set(texts.billing(order.request()));
        reference.set(texts.reference(order.request()));
        price.set(texts.price(order));
        created.set(texts.dateTime(order.createdAt()));
        timeline.setAll(timelineOf(order, texts));
        ConnectionInfo connection = order.connection();
        host.set(connection == null || connection.host() == null ? "" : StatusTexts.printable(connection.host()));
        port.set(connection == null ? "" : Integer.toString(connection.port()));
        tls.set(connection == null ? "" : i18n.t(connection.tls() ? "status.connection.tls.yes" : "status.connection.tls.no"));
        showFailure(order);
    }

    private void showFailure(Order order) {
        canOrderAgain.set(order.parsedStatus() == OrderStatus.FAILED && order.request() != null && orderAgain != null);
        if (order.parsedStatus() != OrderStatus.FAILED) {
            failureReason.set("");
            ticketLink.set("");
            ticketLinkAllowed.set(false);
            ticketNote.set("");
            return;
        }
        String reason = order.failure() == null ? null : order.failure().reason();
        failureReason.set(reason == null || reason.isBlank()
                ? i18n.t("status.failure.no-reason")
                : i18n.t("status.failure.reason", StatusTexts.printable(reason)));
        String link = portal.ticketLink(order);
        Optional<URI> allowed = portal.allowed(link);
        ticketLink.set(StatusTexts.printable(link));
        ticketLinkAllowed.set(allowed.isPresent());
        if (allowed.isPresent()) {
            ticketNote.set(i18n.t("status.ticket.hint"));
        } else {
            if (!link.equals(refusedLinkLogged)) {
                refusedLinkLogged = link;
                LOG.warn("Refused the support ticket link of order {}: not on the portal's origin {}: {}",
                        orderId, portal.portalOrigin(), WebLinks.forLog(link));
            }
            ticketNote.set(i18n.t("status.ticket.refused"));
        }
    }

    private List<TimelineEntry> timelineOf(Order order, StatusTexts texts) {
        List<StatusChange> history = new ArrayList<>(order.history().stream()
                .filter(c -> c != null && c.status() != null).toList());
        history.sort(Comparator.comparing(StatusChange::at, Comparator.nullsLast(Comparator.naturalOrder())));
        if (history.isEmpty() && order.status() != null) {
            history.add(new StatusChange(order.status(), order.updatedAt() != null ? order.updatedAt() : order.createdAt()));
        }
        Instant now = clock.instant();
        List<TimelineEntry> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            boolean last = i == history.size() - 1;
            String took;
            if (change.at() == null) {
                took = "";
            } else if (!last) {
                Instant end = history.get(i + 1).at();
                took = end == null ? "" : i18n.t("status.timeline.took", texts.duration(Duration.between(change.at(), end)));
            } else if (OrderStatus.parse(change.status()).isTerminal()) {
                took = "";
            } else {
                took = i18n.t("status.timeline.running", texts.duration(Duration.between(change.at(), now)));
            }
            rows.add(new TimelineEntry(texts.statusName(change.status()), change.status(), texts.dateTime(change.at()),
                    took, last));
        }
        return rows;
    }

    private String troubleText(OrderSnapshot next, StatusTexts texts) {
        String known;
        if (next.lastAnswer() != null) {
            known = i18n.t("status.trouble.known-since", texts.time(next.lastAnswer()));
        } else if (next.order() != null) {
            // known from placing it or from the app's memory, not from a check
            known = next.order().updatedAt() == null ? i18n.t("status.trouble.known-locally")
                    : i18n.t("status.trouble.known-from", texts.dateTime(next.order().updatedAt()));
        } else {
            known = i18n.t("status.trouble.nothing-known");
        }
        FailureMessage failure = next.failure();
        // the app asks again by itself: where waiting helps, that is what happens next; otherwise the person acts
        String what = failure.kind().mayPassByItself()
                ? i18n.t("status.trouble.retrying", failure.what(i18n)) : failure.text(i18n);
        return i18n.t("status.trouble.message", what, known);
    }

    /** Where the name of the order's customer comes from (the API's order names only its id). */
    public void setCustomerNames(CustomerNames names) {
        this.customers = Objects.requireNonNull(names, "names");
        names.known().addListener(new javafx.collections.WeakMapChangeListener<>(namesChanged));
        showCustomer();
    }

    private void showCustomer() {
        Order order = snapshot == null ? null : snapshot.order();
        if (order == null || order.customerId() == null || !customers.isForSales()) {
            customer.set("");
            return;
        }
        customer.set(de.cloudhub.order.ui.common.OrderingFor.text(i18n, order.customerId(),
                customers.get(order.customerId()).orElse(null)));
    }

    /** What "Order again with these settings" does (the app fills the wizard with the order's settings). */
    public void setOrderAgain(Consumer<Order> action) {
        this.orderAgain = Objects.requireNonNull(action, "action");
        Order order = snapshot == null ? null : snapshot.order();
        canOrderAgain.set(order != null && order.parsedStatus() == OrderStatus.FAILED && order.request() != null);
    }

    /** Starts a new order pre-filled with the failed order's settings. */
    public void orderAgain() {
        Order order = snapshot == null ? null : snapshot.order();
        if (canOrderAgain.get() && order != null) {
            orderAgain.accept(order);
        }
    }

    /** Opens the support ticket page when the link is allowed; true when it was opened. */
    public boolean openSupportTicket() {
        if (!ticketLinkAllowed.get()) {
            LOG.warn("Not opening the support ticket link of order {}: not allowed", orderId);
            return false;
        }
        Optional<URI> allowed = portal.allowed(ticketLink.get());
        if (allowed.isEmpty()) {
            return false;
        }
        links.open(allowed.get().toString());
        return true;
    }

    /**
     * Everything support needs to find the order, for the clipboard: order id, times, history,
     * the request as sent and the app's version. Never the token: the token is not part of any of these.
     */
    public String supportDetails() {
        Order order = snapshot == null ? null : snapshot.order();
        String history = order == null ? "" : order.history().stream()
                .filter(Objects::nonNull)
                .map(c -> "  " + c.at() + "  " + StatusTexts.printable(c.status()))
                .collect(Collectors.joining("\n"));
        String request;
        try {
            request = order == null || order.request() == null ? "" : JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(order.request());
        } catch (JsonProcessingException e) {
            LOG.warn("Could not write the request of order {} for support", orderId, e);
            request = "";
        }
        return i18n.t("status.support.text",
                orderId,
                order == null ? "" : StatusTexts.printable(order.status()),
                order == null || order.createdAt() == null ? "" : order.createdAt().toString(),
                order == null || order.updatedAt() == null ? "" : order.updatedAt().toString(),
                history,
                order == null || order.failure() == null ? "" : StatusTexts.printable(order.failure().reason()),
                request,
                appVersion,
                clock.instant().toString(),
                snapshot == null || snapshot.lastChecked() == null ? "" : snapshot.lastChecked().toString());
    }

    private StatusTexts texts() {
        return new StatusTexts(i18n, clock.getZone(), catalog.get());
    }

    public I18n i18n() {
        return i18n;
    }

    public String getOrderId() { return orderId; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** "Ordering for Muster GmbH (K-100231)" for sales staff; empty for a customer's own order. */
    public ReadOnlyStringProperty customerProperty() { return customer.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<OrderStatus> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty trustedSourcesProperty() { return trustedSources.getReadOnlyProperty(); }
    public ReadOnlyStringProperty billingProperty() { return billing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty referenceProperty() { return reference.getReadOnlyProperty(); }
    public String getTrustedSources() { return trustedSources.get(); }
    public String getBilling() { return billing.get(); }
    public String getReference() { return reference.get(); }
    public ReadOnlyBooleanProperty canOrderAgainProperty() { return canOrderAgain.getReadOnlyProperty(); }
    public boolean canOrderAgain() { return canOrderAgain.get(); }
    public OrderStatus getStatus() { return status.get(); }
    public ReadOnlyStringProperty statusNameProperty() { return statusName.getReadOnlyProperty(); }
    public String getStatusName() { return statusName.get(); }
    public ReadOnlyStringProperty statusExplanationProperty() { return statusExplanation.getReadOnlyProperty(); }
    public String getStatusExplanation() { return statusExplanation.get(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyStringProperty serviceProperty() { return service.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nodeSizeProperty() { return nodeSize.getReadOnlyProperty(); }
    public ReadOnlyStringProperty storageProperty() { return storage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty regionProperty() { return region.getReadOnlyProperty(); }
    public ReadOnlyStringProperty priceProperty() { return price.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdProperty() { return created.getReadOnlyProperty(); }
    public ObservableList<TimelineEntry> getTimeline() { return timelineView; }
    public ReadOnlyStringProperty lastCheckedProperty() { return lastChecked.getReadOnlyProperty(); }
    public String getLastChecked() { return lastChecked.get(); }
    public ReadOnlyBooleanProperty troubleProperty() { return trouble.getReadOnlyProperty(); }
    public boolean isTrouble() { return trouble.get(); }
    public ReadOnlyStringProperty troubleMessageProperty() { return troubleMessage.getReadOnlyProperty(); }
    public String getTroubleMessage() { return troubleMessage.get(); }
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hostProperty() { return host.getReadOnlyProperty(); }
    public ReadOnlyStringProperty portProperty() { return port.getReadOnlyProperty(); }
    public ReadOnlyStringProperty tlsProperty() { return tls.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failureReasonProperty() { return failureReason.getReadOnlyProperty(); }
    public String getFailureReason() { return failureReason.get(); }
    public ReadOnlyStringProperty ticketLinkProperty() { return ticketLink.getReadOnlyProperty(); }
    public String getTicketLink() { return ticketLink.get(); }
    public ReadOnlyBooleanProperty ticketLinkAllowedProperty() { return ticketLinkAllowed.getReadOnlyProperty(); }
    public boolean isTicketLinkAllowed() { return ticketLinkAllowed.get(); }
    public ReadOnlyStringProperty ticketNoteProperty() { return ticketNote.getReadOnlyProperty(); }
    public String credentialsHint() { return i18n.t("status.connection.credentials", orderId); }
    public boolean isDone() { return done.get(); }
    public boolean isFailed() { return failed.get(); }
    public boolean isLoaded() { return loaded.get(); }
    public String getHost() { return host.get(); }
    public String getPort() { return port.get(); }
    public String getTls() { return tls.get(); }
    /** True while what is shown is the state last seen, because the server cannot be used. */
    public ReadOnlyBooleanProperty offlineProperty() { return offline.getReadOnlyProperty(); }
    public boolean isOffline() { return offline.get(); }
    /** "Last seen …, offline." while {@link #isOffline()}, else empty. */
    public ReadOnlyStringProperty offlineMarkProperty() { return offlineMark.getReadOnlyProperty(); }
    public String getOfflineMark() { return offlineMark.get(); }

    Health health() {
        return snapshot == null ? Health.PENDING : snapshot.health();
    }
}
