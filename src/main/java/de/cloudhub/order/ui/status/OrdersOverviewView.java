package de.cloudhub.order.ui.status;

import de.cloudhub.order.ui.common.CustomerChoice;

import atlantafx.base.theme.Styles;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The orders overview: a filter, the table of orders (newest first) and "Open". An order opens
 * with a double click, Enter or the button. Rows carry the status as a pseudo-class.
 */
public final class OrdersOverviewView {
    private static final PseudoClass UNKNOWN_TO_SERVER = PseudoClass.getPseudoClass("unknown-to-server");
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
    private final OrdersOverviewViewModel vm;
    private final I18n i18n;
    private final Consumer<String> openOrder;
    private final VBox root;
    private final TableView<OrderRow> table;

    public OrdersOverviewView(OrdersOverviewViewModel vm, Consumer<String> openOrder) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.openOrder = Objects.requireNonNull(openOrder, "openOrder");
        this.i18n = vm.i18n();

        Label title = new Label(i18n.t("overview.title"));
        title.getStyleClass().add(Styles.TITLE_2);

        ComboBox<StatusFilter> filter = new ComboBox<>();
        filter.setId("status-filter");
        filter.getItems().setAll(StatusFilter.values());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        filter.setCellFactory(list -> filterCell());
        filter.setButtonCell(filterCell());
        filter.setAccessibleText(i18n.t("overview.filter.label"));
        Label filterLabel = new Label(i18n.t("overview.filter.label"));
        filterLabel.setLabelFor(filter);

        // sales staff order for many customers: the overview names them and filters by them
        boolean sales = vm.showsCustomers();
        ComboBox<CustomerChoice> customerFilter = new ComboBox<>(vm.customerChoices());
        customerFilter.setId("customer-filter");
        customerFilter.valueProperty().bindBidirectional(vm.customerFilterProperty());
        customerFilter.setAccessibleText(i18n.t("overview.filter.customer.label"));
        Label customerFilterLabel = new Label(i18n.t("overview.filter.customer.label"));
        customerFilterLabel.setLabelFor(customerFilter);
        for (Node n : List.of(customerFilter, customerFilterLabel)) {
            n.setVisible(sales);
            n.setManaged(sales);
        }

        Button refresh = new Button(i18n.t("overview.refresh"));
        refresh.setId("orders-refresh");
        refresh.disableProperty().bind(vm.loadingProperty());
        refresh.setOnAction(event -> vm.refresh());

        table = new TableView<>(vm.getRows());
        table.setId("orders-table");
        table.getStyleClass().add("orders-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.t("overview.empty")));
        // eight columns fit a window 1180 px wide in both languages (offline, the "Last seen" column joins them)
        table.getColumns().add(column("overview.column.created", OrderRow::created, 165));
        table.getColumns().add(column("overview.column.status", OrderRow::statusText, 108));
        // sales staff see a Customer column too: it takes its room from the service's name, which is cut first
        table.getColumns().add(column("overview.column.service", OrderRow::service, sales ? 110 : 190));
        table.getColumns().add(column("overview.column.size", OrderRow::nodeSize, 118));
        table.getColumns().add(column("overview.column.region", OrderRow::region, 100));
        table.getColumns().add(column("overview.column.price", OrderRow::price, 155));
        table.getColumns().add(column("overview.column.id", OrderRow::id, 148));
        TableColumn<OrderRow, String> customer = column("overview.column.customer", OrderRow::customer, 200);
        customer.setId("column-customer");
        customer.setVisible(sales);
        table.getColumns().add(1, customer);
        TableColumn<OrderRow, String> lastSeen = column("overview.column.last-seen", OrderRow::lastSeen, 132);
        lastSeen.setId("column-last-seen");
        // only while offline: then the rows are the state last seen, and when matters
        lastSeen.visibleProperty().bind(vm.offlineProperty());
        table.getColumns().add(2, lastSeen);
        table.setRowFactory(view -> statusRow());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button open = new Button(i18n.t("overview.open"));
        open.setId("open-order");
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> openSelected());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, filterLabel, filter, customerFilterLabel, customerFilter, refresh, spacer, open);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("orders-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.loadFailedProperty().addListener((obs, old, failed) ->
                message.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), failed));
        vm.offlineProperty().addListener((obs, old, offline) -> showOffline(offline));

        root = new VBox(12, title, toolbar, message, table);
        root.setId("orders-overview");
        root.getStyleClass().add("orders-overview");
        root.setPadding(new Insets(24));
        showOffline(vm.isOffline());
        ViewListeners.whileInScene(root, vm::attach, vm::detach);
    }

    private void showOffline(boolean offline) {
        root.pseudoClassStateChanged(OFFLINE, offline);
    }

    public Node node() {
        return root;
    }

    private void openSelected() {
        OrderRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openOrder.accept(selected.id());
        }
    }

    private TableRow<OrderRow> statusRow() {
        TableRow<OrderRow> row = new TableRow<>() {
            @Override
            protected void updateItem(OrderRow item, boolean empty) {
                super.updateItem(item, empty);
                for (OrderStatus s : OrderStatus.values()) {
                    pseudoClassStateChanged(OrderStatusView.pseudo(s), !empty && item != null && item.status() == s);
                }
                pseudoClassStateChanged(UNKNOWN_TO_SERVER, !empty && item != null && item.unknownToServer());
            }
        };
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                openOrder.accept(row.getItem().id());
            }
        });
        return row;
    }

    private ListCell<StatusFilter> filterCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(StatusFilter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.t(item.key()));
            }
        };
    }

    private TableColumn<OrderRow, String> column(String key, Function<OrderRow, String> value, double width) {
        TableColumn<OrderRow, String> column = new TableColumn<>(i18n.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
