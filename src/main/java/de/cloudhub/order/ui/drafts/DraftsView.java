package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.common.CustomerChoice;

import atlantafx.base.theme.Styles;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The drafts view: "New order" and "Import…", the search and filters, the list of drafts (newest
 * first) and the actions on the selected one. Enter opens, Delete deletes (with undo), Ctrl+F goes to
 * the search, Ctrl+N starts a new order; a double click opens. Builds and binds only.
 */
public final class DraftsView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    private static final PseudoClass PROBLEMS = PseudoClass.getPseudoClass("problems");
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final DraftsViewModel vm;
    private final I18n i18n;
    private final VBox root;
    private final TextField search;
    private final ListView<DraftRow> list;

    public DraftsView(DraftsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.i18n = vm.i18n();

        Label title = new Label(i18n.t("drafts.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().addAll("drafts-count", Styles.TEXT_MUTED);
        count.textProperty().bind(vm.countTextProperty());
        Button importButton = new Button(i18n.t("drafts.import"));
        importButton.setId("draft-import");
        importButton.setOnAction(event -> vm.importFile());
        Button newOrder = new Button(i18n.t("drafts.new"));
        newOrder.setId("draft-new");
        newOrder.getStyleClass().add(Styles.ACCENT);
        newOrder.setOnAction(event -> vm.newOrder());
        HBox header = new HBox(12, title, count, spacer(), importButton, newOrder);
        header.getStyleClass().add("drafts-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        search = new TextField();
        search.setId("drafts-search");
        search.getStyleClass().add("drafts-search");
        search.setPromptText(i18n.t("drafts.search.prompt"));
        search.setAccessibleText(i18n.t("drafts.search.label"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<DraftStateFilter> state = new ComboBox<>();
        state.setId("drafts-state-filter");
        state.getItems().setAll(DraftStateFilter.values());
        state.valueProperty().bindBidirectional(vm.stateFilterProperty());
        state.setCellFactory(view -> stateFilterCell());
        state.setButtonCell(stateFilterCell());
        state.setAccessibleText(i18n.t("drafts.filter.state.label"));
        Label stateLabel = new Label(i18n.t("drafts.filter.state.label"));
        stateLabel.setLabelFor(state);

        ComboBox<CustomerChoice> customer = new ComboBox<>(vm.getCustomers());
        customer.setId("drafts-customer-filter");
        customer.valueProperty().bindBidirectional(vm.customerFilterProperty());
        customer.setAccessibleText(i18n.t("drafts.filter.customer.label"));
        customer.setPrefWidth(200);
        customer.setMaxWidth(260);
        Label customerLabel = new Label(i18n.t("drafts.filter.customer.label"));
        customerLabel.setLabelFor(customer);
        HBox customerBox = new HBox(8, customerLabel, customer);
        customerBox.setAlignment(Pos.CENTER_LEFT);
        customerBox.visibleProperty().bind(vm.salesProperty());
        customerBox.managedProperty().bind(customerBox.visibleProperty());

        HBox filters = new HBox(8, search, stateLabel, state, customerBox);
        filters.getStyleClass().add("drafts-filters");
        filters.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("drafts-message");
        message.getStyleClass().add("drafts-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.pseudoClassStateChanged(ERROR, true);

        list = new ListView<>(vm.getRows());
        list.setId("drafts-list");
        list.getStyleClass().add("drafts-list");
        list.setAccessibleText(i18n.t("drafts.list.label"));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("drafts-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(vm.placeholderProperty());
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new DraftCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        showSelected(vm.getSelected());

        Label note = new Label();
        note.setId("drafts-selection-note");
        note.getStyleClass().add("drafts-selection-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(vm.selectionNoteProperty());
        note.visibleProperty().bind(vm.selectionNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        Button open = action("draft-open", i18n.t("drafts.action.open"), vm.openBlockedProperty());
        open.setOnAction(event -> vm.open());
        Button duplicate = action("draft-duplicate", "", vm.duplicateBlockedProperty());
        duplicate.textProperty().bind(vm.duplicateTextProperty());
        duplicate.setOnAction(event -> vm.duplicate());
        Button rename = action("draft-rename", i18n.t("drafts.action.rename"), vm.renameBlockedProperty());
        rename.setOnAction(event -> vm.rename());
        Button export = action("draft-export", i18n.t("drafts.action.export"), vm.exportBlockedProperty());
        export.setOnAction(event -> vm.export());
        Button delete = action("draft-delete", i18n.t("drafts.action.delete"), vm.deleteBlockedProperty());
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> vm.delete());
        HBox actions = new HBox(8, open, duplicate, rename, export, spacer(), delete);
        actions.getStyleClass().add("drafts-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        Label deletedText = new Label();
        deletedText.setId("drafts-deleted");
        deletedText.setWrapText(true);
        deletedText.setMinHeight(Region.USE_PREF_SIZE);
        Button undo = new Button(i18n.t("drafts.action.undo"));
        undo.setId("draft-undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.setOnAction(event -> vm.undoDelete());
        HBox undoBar = new HBox(12, deletedText, spacer(), undo);
        undoBar.setId("drafts-undo-bar");
        undoBar.getStyleClass().add("drafts-undo-bar");
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.visibleProperty().bind(vm.deletedProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        PauseTransition undoTime = new PauseTransition(Duration.millis(DraftsViewModel.UNDO_TIME.toMillis()));
        vm.deletedProperty().addListener((obs, old, now) -> {
            undoTime.stop();
            deletedText.setText(now == null ? "" : now.text());
            if (now != null) {
                undoTime.setOnFinished(event -> vm.dismissDeleted(now));
                undoTime.playFromStart();
            }
        });

        root = new VBox(12, header, filters, message, list, note, actions, undoBar);
        root.setId("drafts-view");
        root.getStyleClass().add("drafts-view");
        root.setPadding(new Insets(24));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // the keyboard starts in the list: arrows, Enter and Delete work at once
        ViewListeners.whileInScene(root, () -> Platform.runLater(list::requestFocus), () -> { });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                vm.open();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                vm.delete();
                event.consume();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                vm.open();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                event.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Puts the keyboard into the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void shortcut(KeyEvent event) {
        if (FIND.match(event)) {
            focusSearch();
            event.consume();
        } else if (NEW.match(event)) {
            vm.newOrder();
            event.consume();
        }
    }

    private void showSelected(DraftRow row) {
        if (row == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != row) {
            list.getSelectionModel().select(row);
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                list.scrollTo(Math.max(0, index - 2));
            }
        }
    }

    private static Button action(String id, String text, ReadOnlyStringProperty blocked) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(blocked.isNotEmpty());
        button.accessibleHelpProperty().bind(blocked);
        return button;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private ListCell<DraftStateFilter> stateFilterCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DraftStateFilter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.t(item.key()));
            }
        };
    }

    /** One draft: title (bold) and customer · last change on the left; price, readiness and state on the right. */
    private final class DraftCell extends ListCell<DraftRow> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label price = new Label();
        private final Label readiness = new Label();
        private final Label state = new Label();
        private final HBox content;

        DraftCell() {
            getStyleClass().add("draft-cell");
            // as wide as the list, never wider: a long title is cut with an ellipsis, not scrolled sideways
            setPrefWidth(0);
            title.getStyleClass().add("draft-title");
            meta.getStyleClass().add("draft-meta");
            price.getStyleClass().add("draft-price");
            readiness.getStyleClass().add("draft-readiness");
            state.getStyleClass().add("draft-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            price.setMinWidth(Region.USE_PREF_SIZE);
            readiness.setMinWidth(Region.USE_PREF_SIZE);
            VBox left = new VBox(2, title, meta);
            left.setMinWidth(0);
            HBox.setHgrow(left, Priority.ALWAYS);
            VBox right = new VBox(2, price, readiness);
            right.setAlignment(Pos.CENTER_RIGHT);
            right.setMinWidth(Region.USE_PREF_SIZE);
            content = new HBox(16, left, right, state);
            content.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()
                        && getItem() != null) {
                    vm.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(DraftRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                for (DraftState s : DraftState.values()) {
                    state.pseudoClassStateChanged(pseudo(s), false);
                }
                return;
            }
            title.setText(row.title());
            meta.setText(row.customer().isEmpty() ? row.lastChange()
                    : i18n.t("drafts.row.meta", row.customer(), row.lastChange()));
            price.setText(row.price());
            price.setVisible(!row.price().isEmpty());
            price.setManaged(price.isVisible());
            readiness.setText(row.readiness());
            readiness.setVisible(!row.readiness().isEmpty());
            readiness.setManaged(readiness.isVisible());
            readiness.pseudoClassStateChanged(READY, row.problems() == 0);
            readiness.pseudoClassStateChanged(PROBLEMS, row.problems() > 0);
            state.setText(row.stateText());
            for (DraftState s : DraftState.values()) {
                state.pseudoClassStateChanged(pseudo(s), row.state() == s);
            }
            setAccessibleText(String.join(", ", row.title(), row.stateText(), meta.getText(), row.price(),
                    row.readiness()));
            setGraphic(content);
        }
    }

    static PseudoClass pseudo(DraftState state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
