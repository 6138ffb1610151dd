package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ProblemView;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The trusted-sources step's nodes: the provider's explanation, the input, the list of entries. */
final class TrustedSourcesView {
    private final TrustedSourcesViewModel vm;
    private final I18n i18n;
    private final DialogService dialogs;
    private final List<TrustedSourceRowView> rowViews = new ArrayList<>();

    TrustedSourcesView(TrustedSourcesViewModel vm, I18n i18n, DialogService dialogs) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    Node build() {
        Label title = new Label(i18n.t("choices.trusted.title"));
        title.getStyleClass().addAll("choices-title", "title-3");
        Label explanation = wrapped(i18n.t("choices.trusted.explanation"));
        Label advice = wrapped(i18n.t("choices.trusted.advice"));
        advice.getStyleClass().add("choices-hint");

        TextField input = new TextField();
        input.setId("trusted-source-input");
        input.setPromptText(i18n.t("choices.trusted.input.prompt"));
        input.textProperty().bindBidirectional(vm.inputProperty());
        input.setTextFormatter(new TextFormatter<String>(change -> {
            String text = change.getText();
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                String before = change.getControlText().substring(0, change.getRangeStart());
                String oneLine = TrustedSourcesViewModel.pasteAsOneLine(before, text);
                change.setText(oneLine);
                int caret = change.getRangeStart() + oneLine.length();
                change.selectRange(caret, caret);
            }
            return change;
        }));
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isControlDown() || e.isShiftDown() || e.isMetaDown()) {
                return;
            }
            if (input.getText().isBlank() && !vm.rows().isEmpty()) {
                // nothing typed and something allowed already: Enter goes on to the wizard's Next, as on every page
                return;
            }
            vm.add();
            // Enter here adds; it must not also reach the wizard's Enter = Next
            e.consume();
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        Label inputLabel = new Label(i18n.t("choices.trusted.input.label"));
        inputLabel.setLabelFor(input);
        input.setAccessibleText(i18n.t("choices.trusted.input.label"));

        Button add = new Button(i18n.t("choices.trusted.add"));
        add.setId("trusted-source-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            vm.add();
            input.requestFocus();
        });
        Button myAddress = new Button(i18n.t("choices.trusted.my-address"));
        myAddress.setId("add-my-address");
        myAddress.disableProperty().bind(vm.myAddressBusyProperty().or(vm.myAddressNeedsConnectionProperty()));
        myAddress.setOnAction(e -> {
            // the button is disabled while asking; keep the focus here rather than letting it fall to Back
            input.requestFocus();
            // for sales staff the address found is their own, rarely one the customer's cache should allow
            if (vm.asksBeforeAddingMyAddress() && !dialogs.confirm(i18n.t("choices.trusted.my-address.sales.title"),
                    i18n.t("choices.trusted.my-address.sales.message"), i18n.t("choices.trusted.my-address.sales.confirm"),
                    i18n.t("choices.trusted.my-address.sales.cancel"))) {
                return;
            }
            vm.addMyAddress(i18n.t("choices.trusted.my-address.description"));
        });
        myAddress.setAccessibleText(i18n.t("choices.trusted.my-address.accessible"));
        // a disabled button shows no tooltip: the reason stands below the input, where the person looks
        Label myAddressOffline = wrapped(i18n.t("choices.trusted.my-address.offline"));
        myAddressOffline.setId("add-my-address-offline");
        myAddressOffline.getStyleClass().add("my-address-offline");
        myAddressOffline.visibleProperty().bind(vm.myAddressNeedsConnectionProperty());
        myAddressOffline.managedProperty().bind(myAddressOffline.visibleProperty());
        ViewListeners.onValue(myAddress, vm.myAddressNeedsConnectionProperty(), offline ->
                myAddress.setAccessibleHelp(offline ? myAddressOffline.getText() : null));
        HBox inputLine = new HBox(input, add, myAddress);
        inputLine.getStyleClass().add("trusted-source-input-line");
        Label inputHint = wrapped(i18n.t("choices.trusted.input.hint"));
        inputHint.getStyleClass().addAll("text-muted", "text-small");

        VBox myAddressProblem = new VBox();
        ViewListeners.onChange(myAddressProblem, () -> myAddressProblem.getChildren().setAll(
                vm.myAddressProblemProperty().get() == null ? List.of()
                        : List.of(ProblemView.label(vm.myAddressProblemProperty().get(), i18n))),
                vm.myAddressProblemProperty());
        Label busy = new Label(i18n.t("choices.trusted.my-address.busy"));
        busy.getStyleClass().add("text-muted");
        busy.visibleProperty().bind(vm.myAddressBusyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label listTitle = new Label(i18n.t("choices.trusted.list.title"));
        listTitle.getStyleClass().add("title-4");
        VBox list = new VBox();
        list.setId("trusted-source-list");
        list.getStyleClass().add("trusted-source-list");
        list.setAccessibleText(i18n.t("choices.trusted.list.title"));
        Label empty = wrapped(i18n.t("choices.trusted.list.empty"));
        empty.getStyleClass().addAll("trusted-source-empty", "text-muted");
        syncAll(list, empty);
        ListChangeListener<TrustedSourceRow> rowsChanged = c -> {
            boolean focusInList = isInside(list.getScene() == null ? null : list.getScene().getFocusOwner(), list);
            syncChanged(c, list, empty);
            Node focus = list.getScene() == null ? null : list.getScene().getFocusOwner();
            if (focusInList && (focus == null || focus.getScene() == null || !focus.isVisible())) {
                // the focused entry went away (removed): go on typing where entries are added
                input.requestFocus();
            }
        };
        // held by the node, so the view-model does not keep an old view (language switch) alive
        list.getProperties().put(ListChangeListener.class, rowsChanged);
        vm.rows().addListener(new WeakListChangeListener<>(rowsChanged));
        ViewListeners.onChange(list, this::updateEditing, vm.editingIndexProperty(), vm.editProblems());

        Button removeSelected = new Button();
        removeSelected.setId("trusted-source-remove-selected");
        removeSelected.getStyleClass().addAll("danger", "button-outlined");
        ViewListeners.onChange(removeSelected, () -> {
            int n = vm.selectedCountProperty().get();
            removeSelected.setText(i18n.t("choices.trusted.remove-selected", n));
            removeSelected.setDisable(n == 0);
        }, vm.selectedCountProperty());
        removeSelected.setOnAction(e -> {
            vm.removeSelected();
            input.requestFocus();
        });
        Button removeAll = new Button(i18n.t("choices.trusted.remove-all"));
        removeAll.setId("trusted-source-remove-all");
        removeAll.getStyleClass().addAll("danger", "button-outlined");
        removeAll.setOnAction(e -> {
            vm.removeAll();
            input.requestFocus();
        });
        Button merge = new Button();
        merge.setId("trusted-source-merge");
        Label mergeHint = wrapped("");
        mergeHint.getStyleClass().addAll("text-muted", "text-small");
        ViewListeners.onChange(merge, () -> {
            int merged = vm.mergedCountProperty().get();
            merge.setText(i18n.t("choices.trusted.merge", vm.rows().size(), Math.max(merged, 0)));
            mergeHint.setText(i18n.t("choices.trusted.merge.hint"));
            merge.setVisible(merged >= 0);
            merge.setManaged(merged >= 0);
            mergeHint.setVisible(merged >= 0);
            mergeHint.setManaged(merged >= 0);
        }, vm.mergedCountProperty(), vm.rows());
        merge.setOnAction(e -> {
            vm.mergeNeighbours();
            input.requestFocus();
        });
        Label counter = new Label();
        counter.setId("trusted-source-counter");
        counter.getStyleClass().addAll("trusted-source-counter", "text-muted");
        ViewListeners.onChange(counter, () -> counter.setText(vm.maxEntries() == Integer.MAX_VALUE
                ? i18n.t("choices.trusted.counter.unlimited", vm.rows().size())
                : i18n.t("choices.trusted.counter", vm.rows().size(), vm.maxEntries())), vm.rows());
        FlowPane tools = new FlowPane(counter, merge, removeSelected, removeAll);
        tools.setId("trusted-source-tools");
        tools.getStyleClass().add("trusted-source-tools");
        tools.visibleProperty().bind(Bindings.isNotEmpty(vm.rows()));
        tools.managedProperty().bind(tools.visibleProperty());

        CheckBox allowAll = new CheckBox(i18n.t("choices.trusted.allow-all"));
        allowAll.setId("allow-all-addresses");
        allowAll.setWrapText(true);
        allowAll.getStyleClass().add("trusted-source-allow-all");
        allowAll.selectedProperty().bindBidirectional(vm.allowAllAddressesProperty());
        allowAll.visibleProperty().bind(vm.allAddressesEntryProperty());
        allowAll.managedProperty().bind(allowAll.visibleProperty());

        VBox page = new VBox(title, explanation, advice,
                inputLabel, inputLine, inputHint, myAddressOffline,
                ProblemView.list(vm.inputProblems(), p -> true, i18n), busy, myAddressProblem,
                listTitle, tools, mergeHint, list, allowAll,
                ProblemView.list(vm.listProblems(), vm::showsInline, i18n));
        page.setId("page-trusted-sources");
        page.getStyleClass().addAll("choices-page", "trusted-sources-page");
        return page;
    }

    /** Builds a row view for every entry (a new view, or a list changed in a way not worth following). */
    private void syncAll(VBox list, Label empty) {
        rowViews.clear();
        for (TrustedSourceRow row : vm.rows()) {
            TrustedSourceRowView view = new TrustedSourceRowView(vm, i18n);
            view.update(row, vm.getEditingIndex() == row.index());
            rowViews.add(view);
        }
        list.getChildren().setAll(rowViews.isEmpty() ? List.of(empty)
                : rowViews.stream().map(r -> (Node) r.node()).toList());
    }

    /** Follows one change of the rows: only the rows removed, added or replaced are touched. */
    private void syncChanged(ListChangeListener.Change<? extends TrustedSourceRow> c, VBox list, Label empty) {
        if (rowViews.isEmpty() && !list.getChildren().isEmpty()) {
            list.getChildren().clear();
        }
        while (c.next()) {
            if (c.wasPermutated()) {
                syncAll(list, empty);
                return;
            }
            int from = c.getFrom();
            if (c.wasReplaced() && c.getRemovedSize() == c.getAddedSize()) {
                for (int i = 0; i < c.getAddedSize(); i++) {
                    TrustedSourceRow row = c.getAddedSubList().get(i);
                    rowViews.get(from + i).update(row, vm.getEditingIndex() == row.index());
                }
                continue;
            }
            if (c.wasRemoved()) {
                rowViews.subList(from, from + c.getRemovedSize()).clear();
                list.getChildren().remove(from, from + c.getRemovedSize());
            }
            if (c.wasAdded()) {
                List<TrustedSourceRowView> added = new ArrayList<>();
                for (TrustedSourceRow row : c.getAddedSubList()) {
                    TrustedSourceRowView view = new TrustedSourceRowView(vm, i18n);
                    view.update(row, vm.getEditingIndex() == row.index());
                    added.add(view);
                }
                rowViews.addAll(from, added);
                list.getChildren().addAll(from, added.stream().map(r -> (Node) r.node()).toList());
            }
        }
        if (rowViews.isEmpty()) {
            list.getChildren().setAll(empty);
        }
    }

    private void updateEditing() {
        List<TrustedSourceRow> rows = vm.rows();
        for (int i = 0; i < rows.size() && i < rowViews.size(); i++) {
            rowViews.get(i).update(rows.get(i), vm.getEditingIndex() == i);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
