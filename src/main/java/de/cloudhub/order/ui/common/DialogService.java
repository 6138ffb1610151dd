package de.cloudhub.order.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way to show a dialog: confirmation, error and information, always owned by the main
 * window. Texts are already translated; the service adds translated button labels. Call on the FX
 * thread. Tests pass a recording implementation.
 *
 * <p>Files come in through it too, chosen ({@link #chooseFileToOpen}) or dropped onto the window
 * ({@link #onFilesDropped}), so a headless test can drive import and export without a native chooser or a
 * real drag.
 */
public interface DialogService {
    /** Asks a yes/no question; true when the user chose {@code confirmText}. */
    boolean confirm(String title, String message, String confirmText, String cancelText);

    /**
     * Asks before something that loses the user's input: like {@link #confirm}, but Enter answers
     * {@code cancelText}, so a hurried Enter never destroys anything.
     */
    default boolean confirmDestructive(String title, String message, String confirmText, String cancelText) {
        return confirm(title, message, confirmText, cancelText);
    }

    /**
     * Asks for one line of text (e.g. a new title), starting with {@code initialText}. Empty when the
     * person cancelled; {@code confirmText} is offered only while the text is not blank.
     */
    Optional<String> askText(String title, String message, String initialText, String confirmText,
                             String cancelText);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Shows a link the app could not open, with a Copy button, so the person can open it elsewhere. */
    void showLink(String title, String message, String link);

    /**
     * Shows texts to copy (e.g. an API request and a command), each read-only with its own Copy button,
     * below {@code message}.
     */
    void showCopyable(String title, String message, List<CopyableText> texts);

    /** Lets the person choose an existing file of {@code type} to open; empty when they cancelled. */
    Optional<Path> chooseFileToOpen(String title, FileType type);

    /**
     * Lets the person choose where to save a file of {@code type}, offering {@code suggestedName}; empty
     * when they cancelled. The chooser asks before replacing an existing file.
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);

    /**
     * From now on hands every drop of files onto the main window to {@code receiver}: one call per drop, with
     * its files (one or more) in the order the system gives them, on the FX thread. What is not files (text,
     * a link) is not accepted. The app calls this once; a later call replaces the receiver.
     */
    void onFilesDropped(Consumer<List<Path>> receiver);
}
