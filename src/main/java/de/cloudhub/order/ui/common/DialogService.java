package de.cloudhub.order.ui.common;

/**
 * The one way to show a dialog: confirmation, error and information, always owned by the main
 * window. Texts are already translated; the service adds translated button labels. Call on the FX
 * thread. Tests pass a recording implementation.
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

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Shows a link the app could not open, with a Copy button, so the person can open it elsewhere. */
    void showLink(String title, String message, String link);
}
