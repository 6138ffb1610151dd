package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A DialogService for the drafts tests: records what was shown, answers the text question as told. */
final class AnsweringDialogs implements DialogService {
    final List<String> shown = new CopyOnWriteArrayList<>();
    volatile Optional<String> textAnswer = Optional.empty();

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        shown.add("confirm: " + title);
        return false;
    }

    @Override
    public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                    String cancelText) {
        shown.add("ask: " + title + " [" + initialText + "]");
        return textAnswer;
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public void showLink(String title, String message, String link) {
        shown.add("link: " + title);
    }

    @Override
    public void showCopyable(String title, String message, List<CopyableText> texts) {
        shown.add("copyable: " + title);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        shown.add("open: " + title);
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        shown.add("save: " + title + " " + suggestedName);
        return Optional.empty();
    }
}
