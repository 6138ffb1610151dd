package de.cloudhub.order.ui.status;

/**
 * Shows that a followed order changed status, whatever page is showing; {@code open} shows that
 * order. Called on the FX thread. The app uses the {@link NotificationTray}; tests record.
 */
@FunctionalInterface
public interface StatusNotifier {
    void show(StatusNotice notice, Runnable open);
}
