package de.cloudhub.order.ui.wizard.customer;

import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.OrderingFor;
import de.cloudhub.order.ui.common.ViewListeners;
import de.cloudhub.order.ui.ordering.FieldProblem;
import de.cloudhub.order.ui.ordering.LeftOutNotices;
import de.cloudhub.order.ui.ordering.PageHeading;
import de.cloudhub.order.ui.wizard.WizardShell;
import de.cloudhub.order.ui.wizard.billing.LoadState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Builds the customer page from its view-model: a search field (Enter searches, Down moves into the list),
 * the list of customers found (arrows choose, Enter goes on), and whom the order is for now.
 */
final class CustomerView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    private CustomerView() {
    }

    static Node build(CustomerViewModel vm, I18n i18n) {
        Label title = PageHeading.title(i18n.t("customer.title"));
        Label intro = PageHeading.intro(i18n.t("customer.intro"));
        VBox root = new VBox();
        root.getStyleClass().addAll("checkout-page", "customer-page");

        TextField search = new TextField();
        search.setId("customer-search");
        search.getStyleClass().add(WizardShell.INITIAL_FOCUS);
        search.setPromptText(i18n.t("checkout.billing.customer.search-prompt"));
        search.setAccessibleText(i18n.t("checkout.billing.customer.search-prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        // Enter here searches; it must not also reach the wizard's Enter = Next
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                    && !e.isMetaDown()) {
                vm.search();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button go = new Button(i18n.t("checkout.billing.customer.search"));
        go.setId("customer-search-button");
        go.setOnAction(e -> vm.search());
        HBox searchRow = new HBox(search, go);
        searchRow.getStyleClass().add("inline-row");

        ListView<CustomerRef> list = new ListView<>(vm.customers());
        list.setId("customer-choice");
        list.setPrefHeight(190);
        list.setAccessibleText(i18n.t("checkout.billing.customer.heading"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.t("checkout.billing.customer.item",
                        item.name(), item.number() == null ? item.id() : item.number()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(vm.selectedProperty().get())) {
                vm.select(now);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        Label status = new Label();
        status.setId("customer-search-status");
        status.getStyleClass().add("load-status");
        status.setWrapText(true);
        ViewListeners.onChange(root, () -> {
            LoadState st = vm.loadProperty().get();
            status.setText(switch (st) {
                case LOADING -> i18n.t("checkout.billing.customer.loading");
                case FAILED -> i18n.t("checkout.billing.customer.failed", failureOf(vm.getFailure()));
                case LAST_SEEN -> i18n.t(vm.customers().isEmpty() ? "checkout.billing.customer.last-seen-none"
                        : "checkout.billing.customer.last-seen", dateTime(vm.seenAtProperty().get(), i18n));
                case NEEDS_CONNECTION -> i18n.t("checkout.billing.customer.need-connection");
                case LOADED -> vm.customers().isEmpty() ? i18n.t("checkout.billing.customer.none") : "";
                case IDLE -> "";
            });
            status.pseudoClassStateChanged(ERROR, st == LoadState.FAILED);
            status.pseudoClassStateChanged(OFFLINE, st == LoadState.LAST_SEEN || st == LoadState.NEEDS_CONNECTION);
            show(status, !status.getText().isEmpty());
        }, vm.loadProperty(), vm.seenAtProperty(), vm.customers());

        Label chosen = new Label();
        chosen.setId("customer-selected");
        chosen.getStyleClass().add("customer-selected");
        chosen.setWrapText(true);
        ViewListeners.onChange(root, () -> {
            CustomerRef c = vm.selectedProperty().get();
            String id = vm.selectedIdProperty().get();
            // a customer known by id alone (its name still looked up, or offline) is still the one chosen
            chosen.setText(id == null ? i18n.t("checkout.billing.customer.not-chosen") : OrderingFor.text(i18n, id, c));
            if (c != null && !c.equals(list.getSelectionModel().getSelectedItem())) {
                list.getItems().stream().filter(i -> i.id().equals(c.id())).findFirst()
                        .ifPresent(i -> list.getSelectionModel().select(i));
            }
        }, vm.selectedProperty(), vm.selectedIdProperty(), vm.customers());

        Label changed = new Label();
        changed.setId("customer-change-notice");
        changed.getStyleClass().add("wizard-notice");
        changed.setWrapText(true);
        ViewListeners.onValue(root, vm.customerChangeNoticeProperty(), (Problem p) -> {
            changed.setText(p == null ? "" : i18n.problem(p));
            show(changed, p != null);
        });

        Label problem = new Label();
        problem.setId("customer-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        ViewListeners.onValue(root, vm.problemProperty(), (FieldProblem fp) -> {
            problem.setText(fp == null ? "" : fp.text(i18n));
            problem.pseudoClassStateChanged(ERROR, fp != null && fp.problem().isError());
            list.pseudoClassStateChanged(ERROR, fp != null && fp.problem().isError());
            show(problem, fp != null);
        });

        Node leftOut = LeftOutNotices.section("customer-left-out", vm.leftOut(), i18n, root);
        VBox box = new VBox(searchRow, list, status, chosen, changed, problem);
        box.getStyleClass().addAll("checkout-section", "customer-picker");
        root.getChildren().addAll(title, intro, leftOut, box);
        ScrollPane page = new ScrollPane(root);
        page.setId("page-customer");
        page.setFitToWidth(true);
        page.getStyleClass().add("edge-to-edge");
        return page;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** When a kept list was seen, in the person's language and time zone, e.g. "30.11.26, 09:15". */
    private static String dateTime(Instant at, I18n i18n) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    private static FailureMessage failureOf(FailureMessage known) {
        return known == null ? FailureMessage.of(ApiFailure.OTHER) : known;
    }
}
