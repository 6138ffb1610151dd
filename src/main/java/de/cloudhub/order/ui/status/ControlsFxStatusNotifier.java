package de.cloudhub.order.ui.status;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Status notifications as ControlsFX popups over the main window. DONE stays longer, failed stays
 * until closed; the popup and its icon carry style classes the stylesheet colours per status.
 * Clicking the popup opens the order.
 */
public final class ControlsFxStatusNotifier implements StatusNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(ControlsFxStatusNotifier.class);
    private final Supplier<Window> owner;

    public ControlsFxStatusNotifier(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void show(StatusNotice notice, Runnable open) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            LOG.info("No window to show the notification for order {} on", notice.orderId());
            return;
        }
        Notifications popup = Notifications.create()
                .owner(window)
                .title(notice.title())
                .text(notice.text())
                .position(Pos.BOTTOM_RIGHT)
                .onAction(event -> open.run())
                .styleClass("order-notification", "order-notification-" + StatusTexts.keyPart(notice.status()));
        // our own icon: ControlsFX's "confirm" picture is a question mark, wrong for "ready"
        Region icon = new Region();
        icon.getStyleClass().addAll("notification-icon", "notification-icon-" + StatusTexts.keyPart(notice.status()));
        popup.graphic(icon);
        switch (notice.status()) {
            case DONE -> popup.hideAfter(Duration.seconds(30));
            case FAILED -> popup.hideAfter(Duration.INDEFINITE);
            default -> popup.hideAfter(Duration.seconds(8));
        }
        popup.show();
    }
}
