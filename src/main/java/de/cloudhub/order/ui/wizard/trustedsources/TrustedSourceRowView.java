package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ProblemView;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One entry of the list. Kept and updated in place when the list changes, so that the focus stays
 * where the user put it (e.g. while tabbing from a description to the next button).
 */
final class TrustedSourceRowView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");

    private final TrustedSourcesViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final Label cidr = new Label();
    private final Label typedAs = new Label();
    private final Label count = new Label();
    private final TextField description = new TextField();
    private final Button edit = new Button();
    private final Button remove = new Button();
    private final TextField editField = new TextField();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final HBox display;
    private final HBox editor;
    private final VBox problems = new VBox();
    private final VBox editProblems = new VBox();
    private TrustedSourceRow row;

    TrustedSourceRowView(TrustedSourcesViewModel vm, I18n i18n) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
        root.getStyleClass().add("trusted-source-row");
        cidr.getStyleClass().add("trusted-source-cidr");
        typedAs.getStyleClass().addAll("trusted-source-typed", "text-muted");
        count.getStyleClass().addAll("trusted-source-count", "text-muted");

        description.getStyleClass().add("trusted-source-description");
        description.setPromptText(i18n.t("choices.trusted.description.prompt"));
        description.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= TrustedSourcesViewModel.MAX_DESCRIPTION ? change : null));
        description.setOnAction(e -> {
            commitDescription();
            e.consume();
        });
        description.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitDescription();
            }
        });
        HBox.setHgrow(description, Priority.ALWAYS);

        edit.setText(i18n.t("choices.trusted.edit"));
        edit.getStyleClass().addAll("trusted-source-edit", "flat");
        edit.setOnAction(e -> {
            vm.startEdit(row.index());
            editField.requestFocus();
        });
        remove.setText(i18n.t("choices.trusted.remove"));
        remove.getStyleClass().addAll("trusted-source-remove", "flat", "danger");
        remove.setOnAction(e -> vm.remove(row.index()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox address = new VBox(cidr, typedAs);
        address.getStyleClass().add("trusted-source-address");
        display = new HBox(address, count, spacer, edit, remove);
        display.getStyleClass().add("trusted-source-line");

        editField.getStyleClass().add("trusted-source-edit-field");
        editField.setOnAction(e -> {
            if (vm.commitEdit()) {
                edit.requestFocus();
            }
            e.consume();
        });
        editField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelEdit();
                edit.requestFocus();
                e.consume();
            }
        });
        HBox.setHgrow(editField, Priority.ALWAYS);
        save.setText(i18n.t("choices.trusted.save"));
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            if (vm.commitEdit()) {
                edit.requestFocus();
            }
        });
        cancel.setText(i18n.t("choices.trusted.cancel"));
        cancel.setOnAction(e -> {
            vm.cancelEdit();
            edit.requestFocus();
        });
        editor = new HBox(editField, save, cancel);
        editor.getStyleClass().add("trusted-source-line");

        Label descriptionLabel = new Label(i18n.t("choices.trusted.description.label"));
        descriptionLabel.setLabelFor(description);
        descriptionLabel.getStyleClass().add("text-muted");
        HBox descriptionLine = new HBox(descriptionLabel, description);
        descriptionLine.getStyleClass().add("trusted-source-description-line");

        problems.getStyleClass().add("trusted-source-problems");
        root.getChildren().addAll(display, editor, editProblems, descriptionLine, problems);
    }

    VBox node() {
        return root;
    }

    void update(TrustedSourceRow newRow, boolean editing) {
        boolean wasEditing = row != null && root.getPseudoClassStates().contains(EDITING);
        this.row = newRow;
        cidr.setText(newRow.shown());
        typedAs.setText(newRow.normalised() ? i18n.t("choices.trusted.typed-as", newRow.typed()) : "");
        typedAs.setVisible(newRow.normalised());
        typedAs.setManaged(newRow.normalised());
        int exponent = newRow.addressCountExponent();
        count.setText(newRow.addressCount() == null ? ""
                : exponent >= 0 ? i18n.t("choices.trusted.count.power", exponent)
                : i18n.t("choices.trusted.count", newRow.addressCount()));
        if (!description.isFocused()) {
            description.setText(newRow.description() == null ? "" : newRow.description());
        }
        description.setAccessibleText(i18n.t("choices.trusted.description.accessible", newRow.shown()));
        edit.setAccessibleText(i18n.t("choices.trusted.edit.accessible", newRow.shown()));
        remove.setAccessibleText(i18n.t("choices.trusted.remove.accessible", newRow.shown()));
        editField.setAccessibleText(i18n.t("choices.trusted.edit-field.accessible", newRow.shown()));
        save.setAccessibleText(i18n.t("choices.trusted.save.accessible", newRow.shown()));

        display.setVisible(!editing);
        display.setManaged(!editing);
        editor.setVisible(editing);
        editor.setManaged(editing);
        if (editing && !wasEditing) {
            editField.textProperty().bindBidirectional(vm.editTextProperty());
        } else if (!editing && wasEditing) {
            editField.textProperty().unbindBidirectional(vm.editTextProperty());
        }
        editProblems.getChildren().setAll(editing
                ? vm.editProblems().stream().map(p -> ProblemView.label(p, i18n)).toList() : List.of());
        root.pseudoClassStateChanged(EDITING, editing);
        problems.getChildren().setAll(newRow.problems().stream().map(p -> ProblemView.label(p, i18n)).toList());
        root.pseudoClassStateChanged(ERROR, newRow.hasError());
        root.pseudoClassStateChanged(WARNING, !newRow.hasError() && newRow.hasWarning());
    }

    private void commitDescription() {
        if (row != null) {
            vm.setDescription(row.index(), description.getText());
        }
    }
}
