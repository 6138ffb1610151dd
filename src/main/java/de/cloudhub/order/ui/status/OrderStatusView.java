package de.cloudhub.order.ui.status;

import atlantafx.base.theme.Styles;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.CopyButton;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One order's status page. Only builds nodes and binds them to the {@link OrderStatusViewModel};
 * listens to the watcher while it is part of a scene. The status shows as pseudo-classes
 * ({@code :new}, {@code :processing}, {@code :done}, {@code :failed}, {@code :unknown}) and the
 * connection trouble as {@code :trouble}; while what is shown is the state last seen, {@code :offline}.
 */
public final class OrderStatusView {
    private static final double TIMELINE_ROW_HEIGHT = 34;
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
    /** The timeline grows with its rows up to this many, then scrolls: it never lays out every row at once. */
    static final int TIMELINE_MAX_VISIBLE_ROWS = 10;

    private final OrderStatusViewModel vm;
    private final I18n i18n;
    private final ScrollPane root;
    private final Consumer<String> clipboard;

    public OrderStatusView(OrderStatusViewModel vm) {
        this(vm, CopyButton.systemClipboard());
    }

    /** @param clipboard puts a text on the clipboard (the system clipboard in the app) */
    public OrderStatusView(OrderStatusViewModel vm, Consumer<String> clipboard) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.i18n = vm.i18n();
        VBox page = new VBox(16, header(), statusBox(), troubleBanner(), connectionDetails(), failureBox(),
                timeline(), facts());
        page.getStyleClass().add("status-page");
        page.setPadding(new Insets(24));
        page.setFillWidth(true);
        root = new ScrollPane(page);
        root.setId("status-view");
        root.getStyleClass().add("status-view");
        root.setFitToWidth(true);
        vm.statusProperty().addListener((obs, old, now) -> showStatus(page, now));
        showStatus(page, vm.getStatus());
        vm.offlineProperty().addListener((obs, old, now) -> page.pseudoClassStateChanged(OFFLINE, now));
        page.pseudoClassStateChanged(OFFLINE, vm.isOffline());
        ViewListeners.whileInScene(root, vm::attach, vm::detach);
    }

    public Node node() {
        return root;
    }

    public OrderStatusViewModel viewModel() {
        return vm;
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);

        Label idLabel = new Label(i18n.t("status.order-id.label"));
        TextField id = copyableField("order-id", new ReadOnlyStringWrapper(vm.getOrderId()));
        id.setPrefColumnCount(24);
        idLabel.setLabelFor(id);
        Node copy = copyButton("order-id-copy", idLabel.getText(), () -> vm.getOrderId());
        id.setAccessibleText(idLabel.getText());
        // the keyboard starts on the order number, not on a header button (the scroll pane adds its
        // content to the scene only with its skin, hence waiting for the field's own scene)
        id.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(id::requestFocus);
            }
        });
        HBox idRow = new HBox(8, idLabel, id, copy);
        idRow.getStyleClass().add("status-id-row");
        idRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label customer = new Label();
        customer.setId("status-customer");
        customer.getStyleClass().add("ordering-for");
        customer.textProperty().bind(vm.customerProperty());
        customer.visibleProperty().bind(vm.customerProperty().isNotEmpty());
        customer.managedProperty().bind(customer.visibleProperty());
        return new VBox(8, title, customer, idRow);
    }

    private Node statusBox() {
        Label status = new Label();
        status.setId("order-status");
        status.getStyleClass().addAll("order-status", Styles.TITLE_3);
        status.textProperty().bind(vm.statusNameProperty());
        status.setWrapText(true);
        Label explanation = new Label();
        explanation.setId("order-status-explanation");
        explanation.textProperty().bind(vm.statusExplanationProperty());
        explanation.setWrapText(true);
        Label lastChecked = new Label();
        lastChecked.setId("last-checked");
        lastChecked.getStyleClass().add(Styles.TEXT_MUTED);
        lastChecked.textProperty().bind(vm.lastCheckedProperty());
        VBox box = new VBox(6, status, offlineMark("status-offline-mark"), explanation, lastChecked);
        box.getStyleClass().add("status-box");
        return box;
    }

    private Node troubleBanner() {
        Label banner = new Label();
        banner.setId("connection-trouble");
        banner.getStyleClass().add("status-trouble");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(vm.troubleMessageProperty());
        showOnlyWhen(banner, vm.troubleProperty());
        return banner;
    }

    private Node facts() {
        GridPane grid = factsGrid();
        int row = 0;
        addFact(grid, row++, "status.facts.service", "fact-service", vm.serviceProperty());
        addFact(grid, row++, "status.facts.node-size", "fact-node-size", vm.nodeSizeProperty());
        addFact(grid, row++, "status.facts.storage", "fact-storage", vm.storageProperty());
        addFact(grid, row++, "status.facts.region", "fact-region", vm.regionProperty());
        addFact(grid, row++, "status.facts.sources", "fact-trusted-sources", vm.trustedSourcesProperty());
        addFact(grid, row++, "status.facts.billing", "fact-billing", vm.billingProperty());
        addFact(grid, row++, "status.facts.reference", "fact-reference", vm.referenceProperty());
        addFact(grid, row++, "status.facts.price", "fact-price", vm.priceProperty());
        addFact(grid, row, "status.facts.created", "fact-created", vm.createdProperty());
        VBox box = section("status.facts.title", grid);
        showOnlyWhen(box, vm.loadedProperty());
        return box;
    }

    private Node connectionDetails() {
        GridPane grid = factsGrid();
        addCopyable(grid, 0, "status.connection.host", "connection-host", vm.hostProperty());
        addCopyable(grid, 1, "status.connection.port", "connection-port", vm.portProperty());
        addCopyable(grid, 2, "status.connection.tls", "connection-tls", vm.tlsProperty());
        Label credentials = new Label(vm.credentialsHint());
        credentials.setId("connection-credentials");
        credentials.setWrapText(true);
        VBox box = section("status.connection.title", offlineMark("connection-offline-mark"), grid, credentials);
        box.setId("connection-details");
        box.getStyleClass().add("status-done-box");
        showOnlyWhen(box, vm.doneProperty());
        return box;
    }

    /** "Last seen …, offline." while what is shown is the state last seen; gone when the server answers. */
    private Node offlineMark(String id) {
        Label mark = new Label();
        mark.setId(id);
        mark.getStyleClass().add("status-offline-mark");
        mark.setWrapText(true);
        mark.textProperty().bind(vm.offlineMarkProperty());
        showOnlyWhen(mark, vm.offlineProperty());
        return mark;
    }

    private Node failureBox() {
        Label reason = new Label();
        reason.setId("failure-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.failureReasonProperty());
        Label advice = new Label(i18n.t("status.failure.advice"));
        advice.setWrapText(true);

        Hyperlink link = new Hyperlink(i18n.t("status.ticket.link"));
        link.setId("support-ticket-link");
        link.setTooltip(new Tooltip());
        link.getTooltip().textProperty().bind(vm.ticketLinkProperty());
        link.setOnAction(event -> vm.openSupportTicket());
        showOnlyWhen(link, vm.ticketLinkAllowedProperty());

        Label refusedLink = new Label();
        refusedLink.setId("support-ticket-link-refused");
        refusedLink.getStyleClass().add("status-refused-link");
        refusedLink.setWrapText(true);
        refusedLink.textProperty().bind(vm.ticketLinkProperty());
        showOnlyWhen(refusedLink, vm.ticketLinkAllowedProperty().not());

        Label note = new Label();
        note.setId("support-ticket-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        note.textProperty().bind(vm.ticketNoteProperty());

        Node copySupport = new CopyButton("copy-support-details", i18n.t("status.support.copy"),
                i18n.t("status.support.copied"), vm::supportDetails, clipboard).node();

        Button orderAgain = new Button(i18n.t("status.order-again"));
        orderAgain.setId("order-again");
        orderAgain.getStyleClass().add(Styles.ACCENT);
        orderAgain.setOnAction(event -> vm.orderAgain());
        showOnlyWhen(orderAgain, vm.canOrderAgainProperty());
        Label orderAgainHint = new Label(i18n.t("status.order-again.hint"));
        orderAgainHint.getStyleClass().add(Styles.TEXT_MUTED);
        orderAgainHint.setWrapText(true);
        showOnlyWhen(orderAgainHint, vm.canOrderAgainProperty());

        VBox box = section("status.failure.title", reason, advice, link, refusedLink, note, copySupport,
                orderAgain, orderAgainHint);
        box.setId("failure-details");
        box.getStyleClass().add("status-failed-box");
        showOnlyWhen(box, vm.failedProperty());
        return box;
    }

    private Node timeline() {
        TableView<TimelineEntry> table = new TableView<>(vm.getTimeline());
        table.setId("status-timeline");
        table.getStyleClass().addAll("status-timeline", Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.t("status.timeline.empty")));
        table.setFocusTraversable(true);
        table.getColumns().add(column("status.timeline.status", TimelineEntry::status, 0.3));
        table.getColumns().add(column("status.timeline.at", TimelineEntry::at, 0.35));
        table.getColumns().add(column("status.timeline.duration", TimelineEntry::took, 0.35));
        table.setFixedCellSize(TIMELINE_ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.min(Bindings.size(vm.getTimeline()), TIMELINE_MAX_VISIBLE_ROWS)
                .add(1.1).multiply(TIMELINE_ROW_HEIGHT));
        table.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setMinHeight(TIMELINE_ROW_HEIGHT * 2.5);
        return section("status.timeline.title", table);
    }

    private TableColumn<TimelineEntry, String> column(String key, java.util.function.Function<TimelineEntry, String> value,
                                                      double share) {
        TableColumn<TimelineEntry, String> column = new TableColumn<>(i18n.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setMaxWidth(1000 * share);
        return column;
    }

    private VBox section(String titleKey, Node... content) {
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("status-section");
        return box;
    }

    private static GridPane factsGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        grid.getStyleClass().add("status-facts");
        return grid;
    }

    private void addFact(GridPane grid, int row, String key, String id, ObservableValue<String> value) {
        Label label = new Label(i18n.t(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Label text = new Label();
        text.setId(id);
        text.setWrapText(true);
        text.textProperty().bind(value);
        label.setLabelFor(text);
        grid.addRow(row, label, text);
    }

    private void addCopyable(GridPane grid, int row, String key, String id, ObservableValue<String> value) {
        Label label = new Label(i18n.t(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        TextField field = copyableField(id, value);
        label.setLabelFor(field);
        field.setAccessibleText(label.getText());
        Node copy = copyButton(id + "-copy", label.getText(), () -> value.getValue());
        HBox cell = new HBox(8, field, copy);
        cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, cell);
    }

    private static TextField copyableField(String id, ObservableValue<String> value) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("status-copyable");
        field.textProperty().bind(value);
        return field;
    }

    private Node copyButton(String id, String what, java.util.function.Supplier<String> value) {
        CopyButton copy = new CopyButton(id, i18n.t("status.copy"), i18n.t("status.copied"), value, clipboard);
        copy.button().setAccessibleText(i18n.t("status.copy.accessible", what));
        return copy.node();
    }

    private static void showOnlyWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void showStatus(Node page, OrderStatus status) {
        for (OrderStatus s : OrderStatus.values()) {
            page.pseudoClassStateChanged(pseudo(s), s == status);
        }
    }

    static PseudoClass pseudo(OrderStatus status) {
        return PseudoClass.getPseudoClass(StatusTexts.keyPart(status));
    }

}
