package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService for tests: records every dialog and answers confirmations as told. */
final class RecordingDialogs implements DialogService {
    final List<String> shown = new ArrayList<>();
    boolean answer = true;
    /** What {@link #askText} answers; empty: the person cancelled. */
    Optional<String> textAnswer = Optional.empty();

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        shown.add("confirm: " + title);
        return answer;
    }

    @Override
    public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                    String cancelText) {
        shown.add("ask: " + title);
        return textAnswer;
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + title);
    }

    @Override
    public void showLink(String title, String message, String link) {
        shown.add("link: " + title + " " + link);
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
