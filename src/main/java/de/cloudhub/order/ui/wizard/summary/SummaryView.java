package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.StepId;

import de.cloudhub.order.api.ApiRequestExport;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.model.TermsDocument;
import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import de.cloudhub.order.ui.ordering.FieldSteps;
import de.cloudhub.order.ui.ordering.Notice;
import de.cloudhub.order.ui.ordering.NoticeText;
import de.cloudhub.order.ui.ordering.OrderSubmission;
import de.cloudhub.order.ui.ordering.PageHeading;
import de.cloudhub.order.ui.ordering.ProblemText;
import de.cloudhub.order.ui.wizard.WizardShell;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Builds the summary: the table of choices with "Edit" links, the price, what still blocks the
 * order, and a fixed checkout bar with the terms, the essential facts, the total and the order button.
 */
final class SummaryView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass PROGRESS = PseudoClass.getPseudoClass("progress");

    private SummaryView() {
    }

    static Node build(SummaryViewModel vm, I18n i18n, DialogService dialogs) {
        BorderPane root = new BorderPane();
        root.setId("page-summary");
        root.getStyleClass().addAll("checkout-page", "summary-page", WizardShell.FILLS_VIEWPORT);

        Label title = PageHeading.title(i18n.t("checkout.summary.title"));
        Label intro = PageHeading.intro(i18n.t("checkout.summary.intro"));

        GridPane table = new GridPane();
        table.setId("summary-table");
        table.getStyleClass().add("summary-table");
        // the labels never shrink below their text ("Zugelassene Quellen"); the values wrap instead
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setMinWidth(Region.USE_PREF_SIZE);
        table.getColumnConstraints().addAll(c0, c1, c2);

        GridPane price = new GridPane();
        price.setId("summary-price");
        price.getStyleClass().add("summary-price");
        Label payg = new Label(i18n.t("checkout.summary.pay-as-you-go"));
        payg.getStyleClass().add("field-hint");
        payg.setWrapText(true);

        VBox open = new VBox();
        open.setId("summary-open-problems");
        open.getStyleClass().add("summary-open-problems");

        Label changes = new Label();
        changes.setId("summary-changes");
        changes.getStyleClass().add("summary-changes");
        changes.setWrapText(true);
        changes.setMaxWidth(Double.MAX_VALUE);
        changes.managedProperty().bind(changes.visibleProperty());
        ViewListeners.onValue(changes, vm.seenChangesProperty(), c -> {
            changes.setVisible(c.any());
            changes.setText(changesText(c, i18n));
        });

        VBox content = new VBox(title, intro, changes, table, price, payg, open, exportRow(vm, i18n, dialogs));
        content.getStyleClass().add("summary-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
        root.setBottom(checkoutBar(vm, i18n, root));

        ViewListeners.onValue(root, vm.snapshotProperty(), s -> {
            fillTable(table, SummaryRows.rows(s, i18n), vm, i18n);
            fillPrice(price, s.price(), i18n);
            fillOpenProblems(open, vm, i18n);
        });
        return root;
    }

    /** "Export as API request…": the body and a curl command of this order, with its own key, to copy. */
    private static Node exportRow(SummaryViewModel vm, I18n i18n, DialogService dialogs) {
        Button export = new Button(i18n.t("checkout.export-request.button"));
        export.setId("export-request");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(vm.exportEnabledProperty().not());
        export.setOnAction(e -> vm.exportRequest().ifPresent(request -> {
            String message = i18n.t("checkout.export-request.message", request.idempotencyKey().toString(),
                    ApiRequestExport.TOKEN_VARIABLE);
            if (!vm.termsAcceptedProperty().get()) {
                message = message + " " + i18n.t("checkout.export-request.terms-open");
            }
            dialogs.showCopyable(i18n.t("checkout.export-request.title"), message, List.of(
                    new CopyableText("export-request-body", i18n.t("checkout.export-request.body"), request.body()),
                    new CopyableText("export-request-curl", i18n.t("checkout.export-request.curl"), request.curl())));
        }));
        Label hint = new Label(i18n.t("checkout.export-request.hint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox row = new HBox(export, hint);
        row.getStyleClass().addAll("inline-row", "summary-export-row");
        return row;
    }

    private static void fillTable(GridPane table, List<SummaryRow> rows, SummaryViewModel vm, I18n i18n) {
        table.getChildren().clear();
        int r = 0;
        for (SummaryRow row : rows) {
            Label label = new Label(row.label());
            label.getStyleClass().add("summary-label");
            VBox values = new VBox();
            values.setId("summary-" + row.name());
            values.getStyleClass().add("summary-values");
            for (String v : row.values()) {
                Label value = new Label(v);
                value.setWrapText(true);
                values.getChildren().add(value);
            }
            Hyperlink edit = new Hyperlink(i18n.t("checkout.summary.edit"));
            edit.setId("summary-edit-" + row.name());
            edit.setAccessibleText(i18n.t("checkout.summary.edit-accessible", row.label()));
            edit.setOnAction(e -> vm.edit(row.step()));
            table.addRow(r, label, values, edit);
            for (Region cell : List.of(label, values, edit)) {
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                if (r % 2 == 1) {
                    cell.getStyleClass().add("odd");
                }
            }
            r++;
        }
    }

    private static void fillPrice(GridPane grid, Optional<PriceQuote> price, I18n i18n) {
        grid.getChildren().clear();
        if (price.isEmpty()) {
            grid.add(new Label(i18n.t("checkout.summary.no-price")), 0, 0);
            return;
        }
        PriceQuote p = price.get();
        grid.addRow(0, new Label(i18n.t("checkout.summary.price.net")), amount("summary-net", SummaryRows.net(p, i18n)));
        grid.addRow(1, new Label(SummaryRows.vatLabel(p, i18n)), amount("summary-vat", SummaryRows.vat(p, i18n)));
        Label grossLabel = new Label(i18n.t("checkout.summary.price.gross"));
        grossLabel.getStyleClass().add("summary-gross");
        Label gross = amount("summary-gross", SummaryRows.gross(p, i18n));
        gross.getStyleClass().add("summary-gross");
        grid.addRow(2, grossLabel, gross);
        if (p.reverseCharge()) {
            Label note = new Label(i18n.t("checkout.summary.reverse-charge"));
            note.setId("summary-reverse-charge");
            note.getStyleClass().add("field-hint");
            note.setWrapText(true);
            grid.add(note, 0, 3, 2, 1);
        }
    }

    private static Label amount(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("amount");
        return l;
    }

    private static void fillOpenProblems(VBox box, SummaryViewModel vm, I18n i18n) {
        box.getChildren().clear();
        List<Problem> open = vm.openProblems();
        if (open.isEmpty()) {
            box.setVisible(false);
            box.setManaged(false);
            return;
        }
        box.setVisible(true);
        box.setManaged(true);
        Label heading = new Label(i18n.t("checkout.summary.open-problems"));
        heading.getStyleClass().add("section-title");
        box.getChildren().add(heading);
        for (Problem p : open.stream().limit(6).toList()) {
            Label text = new Label(ProblemText.text(p, vm.isServerProblem(p), i18n));
            text.setWrapText(true);
            text.getStyleClass().add("field-problem");
            text.pseudoClassStateChanged(ERROR, true);
            HBox line = new HBox(text);
            line.getStyleClass().add("inline-row");
            FieldSteps.stepOf(p.field()).filter(s -> s != de.cloudhub.order.model.StepId.SUMMARY).ifPresent(step -> {
                Hyperlink fix = new Hyperlink(i18n.t("checkout.summary.fix", i18n.t(step.titleKey())));
                fix.setOnAction(e -> vm.edit(step));
                line.getChildren().add(fix);
            });
            box.getChildren().add(line);
        }
    }

    private static Node checkoutBar(SummaryViewModel vm, I18n i18n, Node root) {
        CheckBox accept = new CheckBox();
        accept.setId("terms-checkbox");
        accept.setWrapText(true);
        accept.getStyleClass().add(WizardShell.INITIAL_FOCUS);
        accept.selectedProperty().bindBidirectional(vm.termsAcceptedProperty());
        Label onBehalf = new Label();
        onBehalf.setId("terms-on-behalf");
        onBehalf.getStyleClass().add("terms-on-behalf");
        onBehalf.setWrapText(true);
        onBehalf.setMinHeight(Region.USE_PREF_SIZE);
        ViewListeners.onValue(root, vm.snapshotProperty(), s -> {
            String text = SummaryRows.termsOnBehalf(s, i18n);
            onBehalf.setText(text);
            onBehalf.setVisible(!text.isEmpty());
            onBehalf.setManaged(!text.isEmpty());
        });
        FlowPane documents = new FlowPane();
        documents.setId("terms-documents");
        documents.getStyleClass().add("terms-documents");
        ViewListeners.onValue(root, vm.termsProperty(), (Terms t) -> {
            accept.setText(t == null ? i18n.t("checkout.summary.terms-loading") : t.acceptance().in(i18n.locale()));
            accept.setDisable(t == null);
            documents.getChildren().clear();
            if (t != null) {
                int i = 0;
                for (TermsDocument doc : t.documents()) {
                    String named = doc.title().in(i18n.locale());
                    String title = named.isBlank() ? i18n.t("checkout.summary.doc-untitled") : named;
                    // where a link leads is seen before it is followed
                    String host = vm.linkHost(doc.url()).orElse(i18n.t("checkout.summary.doc-no-host"));
                    if (vm.canOpen(doc.url())) {
                        Hyperlink link = new Hyperlink(i18n.t("checkout.summary.doc-link", title, host));
                        link.setId("terms-doc-" + i++);
                        link.setOnAction(e -> vm.openLink(doc.url()));
                        documents.getChildren().add(link);
                    } else {
                        // a link the app refuses to open is shown as plain text, never as clickable
                        Label refused = new Label(i18n.t("checkout.summary.doc-refused", title, host));
                        refused.setId("terms-doc-" + i++);
                        refused.getStyleClass().add("terms-doc-refused");
                        refused.setWrapText(true);
                        documents.getChildren().add(refused);
                    }
                }
            }
        });

        Label notice = new Label();
        notice.setId("order-notice");
        notice.getStyleClass().add("order-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        // turns while the order is on its way, also while the client sends it again after no answer
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("order-progress");
        progress.getStyleClass().add("order-progress");
        progress.setFocusTraversable(false);
        progress.visibleProperty().bind(vm.inFlightProperty());
        progress.managedProperty().bind(vm.inFlightProperty());
        // while the order is on its way it can be stopped; its key stays (see OrderSubmission.cancel)
        Button cancel = new Button(i18n.t("checkout.order.cancel"));
        cancel.setId("order-cancel");
        cancel.setOnAction(e -> vm.cancelSending());
        cancel.visibleProperty().bind(vm.inFlightProperty());
        cancel.managedProperty().bind(vm.inFlightProperty());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox noticeRow = new HBox(progress, notice, cancel);
        noticeRow.getStyleClass().add("order-notice-row");
        // sending again is the order button itself (the same key, never a second order): no second
        // button for the same action; here only what else can be done
        Label sendAgain = new Label(i18n.t("checkout.order.send-again-hint", i18n.t("checkout.order.button")));
        sendAgain.setId("order-send-again-hint");
        sendAgain.setWrapText(true);
        sendAgain.setMinWidth(0);
        HBox.setHgrow(sendAgain, Priority.ALWAYS);
        Button keep = new Button(i18n.t("checkout.order.keep"));
        keep.setId("order-keep");
        keep.setOnAction(e -> vm.keepForLater());
        keep.setMinWidth(Region.USE_PREF_SIZE);
        HBox uncertain = new HBox(sendAgain, keep);
        uncertain.getStyleClass().add("inline-row");
        VBox noticeBox = new VBox(noticeRow, uncertain);
        noticeBox.getStyleClass().add("order-notice-box");
        ViewListeners.onChange(root, () -> {
            Notice n = vm.noticeProperty().get();
            notice.setText(n == null ? "" : NoticeText.text(n, i18n));
            notice.pseudoClassStateChanged(ERROR, n != null && n.kind() == Notice.Kind.ERROR);
            notice.pseudoClassStateChanged(WARNING, n != null && n.kind() == Notice.Kind.WARNING);
            notice.pseudoClassStateChanged(PROGRESS, n != null && n.kind() == Notice.Kind.PROGRESS);
            boolean offer = vm.phaseProperty().get() == OrderSubmission.Phase.UNCERTAIN;
            uncertain.setVisible(offer);
            uncertain.setManaged(offer);
            noticeBox.setVisible(n != null);
            noticeBox.setManaged(n != null);
        }, vm.noticeProperty(), vm.phaseProperty());

        // sales staff see for whom the button orders right above it
        Label forWhom = new Label();
        forWhom.setId("order-for-customer");
        forWhom.getStyleClass().add("order-for-customer");
        forWhom.setWrapText(true);
        forWhom.setMinHeight(Region.USE_PREF_SIZE);
        Label essentials = new Label();
        essentials.setId("order-essentials");
        essentials.setWrapText(true);
        // the total is never cut: it wraps onto a second line beside the button if it must
        Label total = new Label();
        total.setId("order-total");
        total.getStyleClass().add("order-total");
        total.setWrapText(true);
        total.setMinHeight(Region.USE_PREF_SIZE);
        essentials.setMinHeight(Region.USE_PREF_SIZE);
        ViewListeners.onValue(root, vm.snapshotProperty(), s -> {
            essentials.setText(SummaryRows.essentials(s, i18n));
            total.setText(SummaryRows.total(s, i18n));
            String customer = SummaryRows.orderingFor(s, i18n);
            forWhom.setText(customer);
            forWhom.setVisible(!customer.isEmpty());
            forWhom.setManaged(!customer.isEmpty());
        });
        VBox facts = new VBox(forWhom, essentials, total);
        facts.getStyleClass().add("order-facts");
        facts.setMinWidth(0);
        HBox.setHgrow(facts, Priority.ALWAYS);

        Button order = new Button(i18n.t("checkout.order.button"));
        order.setId("order-button");
        order.getStyleClass().addAll("accent", "order-button");
        order.setDefaultButton(false);
        order.disableProperty().bind(vm.orderEnabledProperty().not());
        order.setOnAction(e -> vm.placeOrder());
        order.setMinWidth(Region.USE_PREF_SIZE);

        HBox orderRow = new HBox(facts, order);
        orderRow.getStyleClass().add("order-row");
        VBox bar = new VBox(accept, onBehalf, documents, noticeBox, orderRow);
        bar.setId("checkout-bar");
        bar.getStyleClass().add("checkout-bar");
        return bar;
    }

    private static String changesText(SeenChanges c, I18n i18n) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (c.priceChanged()) {
            lines.add(i18n.t("checkout.summary.changed.price",
                    MoneyFormat.format(c.oldPrice().amount(), c.oldPrice().currency(), i18n.locale()),
                    MoneyFormat.format(c.newPrice().amount(), c.newPrice().currency(), i18n.locale())));
        }
        if (c.termsChanged()) {
            lines.add(i18n.t("checkout.summary.changed.terms", c.newTermsVersion()));
        }
        return String.join("\n", lines);
    }
}
