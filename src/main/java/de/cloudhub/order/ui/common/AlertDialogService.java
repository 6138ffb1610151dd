package de.cloudhub.order.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the main window and styled like it. */
public final class AlertDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;
    private Consumer<List<Path>> dropped;
    private Window droppingOnto;

    public AlertDialogService(Supplier<Window> owner, Supplier<I18n> i18n) {
        this.owner = Objects.requireNonNull(owner);
        this.i18n = Objects.requireNonNull(i18n);
    }

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmText, String cancelText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        Button destroy = (Button) alert.getDialogPane().lookupButton(yes);
        destroy.setDefaultButton(false);
        destroy.getStyleClass().add("danger");
        Button keep = (Button) alert.getDialogPane().lookupButton(no);
        keep.setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    @Override
    public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                    String cancelText) {
        ButtonType ok = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = alert(Alert.AlertType.NONE, title, message, ok, cancel);
        TextField field = new TextField(initialText == null ? "" : initialText);
        field.setId("dialog-text-input");
        field.setPrefColumnCount(36);
        field.setAccessibleText(message);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(10, text, field));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().map(String::isBlank));
        dialog.setOnShown(event -> {
            field.requestFocus();
            field.selectAll();
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ok ? Optional.of(field.getText().strip()) : Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, okButton()).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, okButton()).showAndWait();
    }

    @Override
    public void showLink(String title, String message, String link) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message, okButton());
        TextField field = new TextField(link);
        field.setId("link-fallback-url");
        field.setEditable(false);
        field.setPrefColumnCount(40);
        field.setAccessibleText(title);
        I18n t = i18n.get();
        CopyButton copy = new CopyButton("link-fallback-copy", t.t("link.copy"), t.t("link.copied"), () -> link,
                CopyButton.systemClipboard());
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(480);
        VBox content = new VBox(10, text, field, copy.node());
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }

    @Override
    public void showCopyable(String title, String message, List<CopyableText> texts) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message, okButton());
        alert.setResizable(true);
        I18n t = i18n.get();
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(720);
        VBox content = new VBox(10, text);
        for (CopyableText copyable : texts) {
            Label label = new Label(copyable.label());
            label.getStyleClass().add("section-title");
            TextArea area = new TextArea(copyable.text());
            area.setId(copyable.id());
            area.setEditable(false);
            area.setWrapText(false);
            area.getStyleClass().add("copyable-text");
            area.setPrefColumnCount(72);
            // a single line without a line break (a path) needs one row; anything else room to read in
            boolean oneLine = copyable.text().indexOf('\n') < 0;
            area.setPrefRowCount(oneLine ? 1 : (int) Math.min(8, Math.max(3, copyable.text().lines().count() + 1)));
            area.setAccessibleText(copyable.label());
            label.setLabelFor(area);
            VBox.setVgrow(area, Priority.ALWAYS);
            CopyButton copy = new CopyButton(copyable.id() + "-copy", t.t("dialog.copy"), t.t("dialog.copied"),
                    copyable::text, CopyButton.systemClipboard());
            copy.button().setAccessibleText(t.t("dialog.copy-accessible", copyable.label()));
            content.getChildren().addAll(label, area, copy.node());
        }
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        File chosen = chooser(title, type).showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /**
     * Listens on the owner window itself, so a drop anywhere on it counts, whatever scene it shows; the handler
     * only turns the {@link DragEvent} into the receiver's call, the same call a test makes.
     */
    @Override
    public void onFilesDropped(Consumer<List<Path>> receiver) {
        dropped = Objects.requireNonNull(receiver, "receiver");
        Window window = Objects.requireNonNull(owner.get(), "the window to drop files onto");
        if (window == droppingOnto) {
            return;
        }
        droppingOnto = window;
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                dropped.accept(files.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(type.description(), type.patterns());
        FileChooser.ExtensionFilter all = new FileChooser.ExtensionFilter(i18n.get().t("dialog.files.all"), "*");
        chooser.getExtensionFilters().setAll(filter, all);
        chooser.setSelectedExtensionFilter(filter);
        return chooser;
    }

    private ButtonType okButton() {
        return new ButtonType(i18n.get().t("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(480);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStyleClass().add("app-dialog");
        return alert;
    }
}
