package de.cloudhub.order.ui.testing;

import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link DialogService} of headless tests: records every dialog with its texts and answers from
 * queues: confirmations with {@link #confirms} (else {@link #answer}), text questions with
 * {@link #texts}, file choosers with {@link #opens} and {@link #saves} (cancelled when none is queued);
 * {@link #drop} drops files as the window's drag and drop does.
 * Thread-safe, so a view-model test may read it from the thread that stands in for the FX thread.
 */
public final class RecordingDialogService implements DialogService {
    /** One dialog shown: its kind ({@code error}, {@code info}, {@code copyable}, {@code open}, {@code save}, …) and texts. */
    public record Shown(String kind, String title, String message, List<CopyableText> texts) {
    }

    public final List<Shown> shown = new CopyOnWriteArrayList<>();
    public final Deque<Path> opens = new ConcurrentLinkedDeque<>();
    public final Deque<Path> saves = new ConcurrentLinkedDeque<>();
    /** The answers to the next confirmations, in turn. */
    public final Deque<Boolean> confirms = new ConcurrentLinkedDeque<>();
    /** The answers to the next text questions, in turn; none queued: the person cancelled. */
    public final Deque<String> texts = new ConcurrentLinkedDeque<>();
    /** The answer to a confirmation when none is queued. */
    public volatile boolean answer = true;
    private volatile Consumer<List<Path>> dropped;

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        shown.add(new Shown("confirm", title, message, List.of()));
        Boolean queued = confirms.poll();
        return queued != null ? queued : answer;
    }

    @Override
    public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                    String cancelText) {
        shown.add(new Shown("ask", title, message + " [" + initialText + "]", List.of()));
        return Optional.ofNullable(texts.poll());
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

    @Override
    public void onFilesDropped(Consumer<List<Path>> receiver) {
        dropped = receiver;
    }

    /** Drops {@code files} onto the window, as the real drag-and-drop handler does; call on the FX thread. */
    public void drop(Path... files) {
        Consumer<List<Path>> receiver = dropped;
        if (receiver == null) {
            throw new IllegalStateException("Nobody takes dropped files yet");
        }
        receiver.accept(List.of(files));
    }

    /** The dialogs shown, without the file choosers. */
    public List<Shown> dialogs() {
        return shown.stream().filter(s -> !s.kind().equals("open") && !s.kind().equals("save")).toList();
    }
}
