package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ProblemView;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
 * where the user put it (e.g. while tabbing from a description to the next button); an update
 * touches only what changed, since a full list has a hundred of these.
 */
final class TrustedSourceRowView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");

    private final TrustedSourcesViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final CheckBox select = new CheckBox();
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
    private boolean editing;
    private List<Problem> shownProblems = List.of();
    private List<Problem> shownEditProblems = List.of();

    TrustedSourceRowView(TrustedSourcesViewModel vm, I18n i18n) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
        root.getStyleClass().add("trusted-source-row");
        cidr.getStyleClass().add("trusted-source-cidr");
        typedAs.getStyleClass().addAll("trusted-source-typed", "text-muted");
        count.getStyleClass().addAll("trusted-source-count", "text-muted");

        description.getStyleClass().add("trusted-source-description");
        description.setPromptText(i18n.t("choices.trusted.description.prompt"));
        // a pasted description keeps its words apart; a long one is kept whole and the model says it is too long
        description.setTextFormatter(new TextFormatter<String>(change -> {
            String text = change.getText();
            String oneLine = TrustedSourcesViewModel.descriptionAsOneLine(text);
            if (!oneLine.equals(text)) {
                change.setText(oneLine);
                int caret = change.getRangeStart() + oneLine.length();
                change.selectRange(caret, caret);
            }
            return change;
        }));
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

        select.getStyleClass().add("trusted-source-select");
        select.setOnAction(e -> vm.setSelected(row.index(), select.isSelected()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox address = new VBox(cidr, typedAs);
        address.getStyleClass().add("trusted-source-address");
        display = new HBox(select, address, count, spacer, edit, remove);
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

    void update(TrustedSourceRow newRow, boolean nowEditing) {
        boolean wasEditing = row != null && editing;
        if (newRow.equals(row) && nowEditing == editing && (!nowEditing || vm.editProblems().equals(shownEditProblems))) {
            return;
        }
        TrustedSourceRow old = row;
        this.row = newRow;
        this.editing = nowEditing;
        if (old == null || !newRow.shown().equals(old.shown()) || !java.util.Objects.equals(newRow.typed(), old.typed())
                || !java.util.Objects.equals(newRow.addressCount(), old.addressCount())) {
            showAddress(newRow);
        }
        if (!description.isFocused()) {
            setIfChanged(description.textProperty(), newRow.description() == null ? "" : newRow.description());
        }
        if (select.isSelected() != newRow.selected()) {
            select.setSelected(newRow.selected());
        }

        if (nowEditing != wasEditing || old == null) {
            display.setVisible(!nowEditing);
            display.setManaged(!nowEditing);
            editor.setVisible(nowEditing);
            editor.setManaged(nowEditing);
        }
        if (nowEditing && !wasEditing) {
            editField.textProperty().bindBidirectional(vm.editTextProperty());
        } else if (!nowEditing && wasEditing) {
            editField.textProperty().unbindBidirectional(vm.editTextProperty());
        }
        List<Problem> newEditProblems = nowEditing ? List.copyOf(vm.editProblems()) : List.of();
        if (!newEditProblems.equals(shownEditProblems)) {
            shownEditProblems = newEditProblems;
            editProblems.getChildren().setAll(newEditProblems.stream().map(p -> ProblemView.label(p, i18n)).toList());
        }
        root.pseudoClassStateChanged(EDITING, nowEditing);
        // the problems' fields name the entry's position; only a different sentence is shown anew
        if (!sameSentences(newRow.problems(), shownProblems)) {
            problems.getChildren().setAll(newRow.problems().stream().map(p -> ProblemView.label(p, i18n)).toList());
        }
        shownProblems = newRow.problems();
        root.pseudoClassStateChanged(ERROR, newRow.hasError());
        root.pseudoClassStateChanged(WARNING, !newRow.hasError() && newRow.hasWarning());
    }

    private void showAddress(TrustedSourceRow newRow) {
        setIfChanged(cidr.textProperty(), newRow.shown());
        setIfChanged(typedAs.textProperty(), newRow.normalised() ? i18n.t("choices.trusted.typed-as", newRow.typed()) : "");
        typedAs.setVisible(newRow.normalised());
        typedAs.setManaged(newRow.normalised());
        int exponent = newRow.addressCountExponent();
        setIfChanged(count.textProperty(), newRow.addressCount() == null ? ""
                : exponent >= 0 ? i18n.t("choices.trusted.count.power", exponent)
                : i18n.t("choices.trusted.count", newRow.addressCount()));
        description.setAccessibleText(i18n.t("choices.trusted.description.accessible", newRow.shown()));
        select.setAccessibleText(i18n.t("choices.trusted.select.accessible", newRow.shown()));
        edit.setAccessibleText(i18n.t("choices.trusted.edit.accessible", newRow.shown()));
        remove.setAccessibleText(i18n.t("choices.trusted.remove.accessible", newRow.shown()));
        editField.setAccessibleText(i18n.t("choices.trusted.edit-field.accessible", newRow.shown()));
        save.setAccessibleText(i18n.t("choices.trusted.save.accessible", newRow.shown()));
    }

    private static boolean sameSentences(List<Problem> a, List<Problem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Problem x = a.get(i);
            Problem y = b.get(i);
            if (!x.code().equals(y.code()) || x.severity() != y.severity() || !x.arguments().equals(y.arguments())) {
                return false;
            }
        }
        return true;
    }

    private static void setIfChanged(javafx.beans.property.StringProperty property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private void commitDescription() {
        if (row != null) {
            vm.setDescription(row.index(), description.getText());
        }
    }
}
