package de.cloudhub.order.ui.testing;

import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import de.cloudhub.order.ui.testing.RecordingDialogService.Shown;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The real app's own {@link DialogService} with a recorder around it, for end-to-end tests: every dialog
 * still shows (its texts are recorded in {@link #shown} too), the window's real drag-and-drop handler is
 * still installed, and {@link #drop} drops files through the same seam that handler uses.
 */
public final class ForwardingDialogService implements DialogService {
    public final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final DialogService real;
    private volatile Consumer<List<Path>> dropped;
    private final java.util.Queue<Path> toOpen = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Queue<Path> saveAs = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public ForwardingDialogService(DialogService real) {
        this.real = Objects.requireNonNull(real);
    }

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        shown.add(new Shown("confirm", title, message, List.of()));
        return real.confirm(title, message, confirmText, cancelText);
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmText, String cancelText) {
        shown.add(new Shown("confirm", title, message, List.of()));
        return real.confirmDestructive(title, message, confirmText, cancelText);
    }

    @Override
    public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                    String cancelText) {
        shown.add(new Shown("ask", title, message, List.of()));
        return real.askText(title, message, initialText, confirmText, cancelText);
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message, List.of()));
        real.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message, List.of()));
        real.showInfo(title, message);
    }

    @Override
    public void showLink(String title, String message, String link) {
        shown.add(new Shown("link", title, message + " " + link, List.of()));
        real.showLink(title, message, link);
    }

    @Override
    public void showCopyable(String title, String message, List<CopyableText> texts) {
        shown.add(new Shown("copyable", title, message, List.copyOf(texts)));
        real.showCopyable(title, message, texts);
    }

    /** The file the next "open" chooser answers with (a native chooser cannot be driven headless). */
    public void answerNextOpenWith(Path file) {
        toOpen.add(file);
    }

    /** The file the next "save" chooser answers with. */
    public void answerNextSaveWith(Path file) {
        saveAs.add(file);
    }

    /** The file given with {@link #answerNextOpenWith}, else the person cancels. */
    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        shown.add(new Shown("open", title, String.join(" ", type.patterns()), List.of()));
        return Optional.ofNullable(toOpen.poll());
    }

    /** The file given with {@link #answerNextSaveWith}, else the person cancels. */
    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        shown.add(new Shown("save", title, suggestedName, List.of()));
        return Optional.ofNullable(saveAs.poll());
    }

    @Override
    public void onFilesDropped(Consumer<List<Path>> receiver) {
        dropped = receiver;
        real.onFilesDropped(receiver);
    }

    /** Drops {@code files} onto the window in one drop, as the real drag-and-drop handler does; call on the FX thread. */
    public void drop(Path... files) {
        Consumer<List<Path>> receiver = dropped;
        if (receiver == null) {
            throw new IllegalStateException("The app takes no dropped files yet");
        }
        receiver.accept(List.of(files));
    }

    /** The errors shown, in turn. */
    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }
}
