package de.cloudhub.order.ui.testing;

import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for headless tests: records every dialog with its texts and answers file
 * choosers with the paths queued in {@link #opens} and {@link #saves} (cancelled when none is queued).
 */
public final class RecordingDialogService implements DialogService {
    /** One dialog shown: its kind ({@code error}, {@code info}, {@code copyable}, {@code open}, {@code save}, …) and texts. */
    public record Shown(String kind, String title, String message, List<CopyableText> texts) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<Path> opens = new ArrayDeque<>();
    public final Deque<Path> saves = new ArrayDeque<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        shown.add(new Shown("confirm", title, message, List.of()));
        return answer;
    }

    /** The answer to the next {@link #askText} (cancelled when empty). */
    public Optional<String> textAnswer = Optional.empty();

    @Override
    public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                    String cancelText) {
        shown.add(new Shown("ask", title, message + " [" + initialText + "]", List.of()));
        return textAnswer;
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message, List.of()));
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message, List.of()));
    }

    @Override
    public void showLink(String title, String message, String link) {
        shown.add(new Shown("link", title, message + " " + link, List.of()));
    }

    @Override
    public void showCopyable(String title, String message, List<CopyableText> texts) {
        shown.add(new Shown("copyable", title, message, List.copyOf(texts)));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        shown.add(new Shown("open", title, String.join(" ", type.patterns()), List.of()));
        return Optional.ofNullable(opens.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        shown.add(new Shown("save", title, suggestedName, List.of()));
        return Optional.ofNullable(saves.poll());
    }

    /** The dialogs shown, without the file choosers. */
    public List<Shown> dialogs() {
        return shown.stream().filter(s -> !s.kind().equals("open") && !s.kind().equals("save")).toList();
    }
}
