package de.cloudhub.order.ui.common;

/** Opens a URL in the system browser (HostServices in the app; tests record the call). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
