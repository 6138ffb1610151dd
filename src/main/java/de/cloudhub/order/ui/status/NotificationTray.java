package de.cloudhub.order.ui.status;

import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Status notifications in a strip of the main window's own layout (below the header), so they take
 * their own room and never cover the page, the status line or a control, as a popup over the window
 * did. The newest is on top; at most {@link #MAX_SHOWN} at once, one per order (its latest status). Each closes by itself (a failed one
 * after a minute too: the status view keeps showing the failure), with its close button, or when
 * clicked, which opens the order. Call on the FX thread.
 */
public final class NotificationTray implements StatusNotifier {
    static final int MAX_SHOWN = 3;
    private static final PseudoClass STANDS_OUT = PseudoClass.getPseudoClass("stands-out");

    /** How long each kind of notification stays. */
    public record Durations(Duration done, Duration failed, Duration other) {
        public static Durations defaults() {
            return new Durations(Duration.seconds(30), Duration.minutes(1), Duration.seconds(8));
        }

        Duration of(OrderStatus status) {
            return switch (status) {
                case DONE -> done;
                case FAILED -> failed;
                default -> other;
            };
        }
    }

    private final VBox root = new VBox(6);
    private final Supplier<I18n> i18n;
    private final Durations durations;

    public NotificationTray(Supplier<I18n> i18n, Durations durations) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.durations = Objects.requireNonNull(durations, "durations");
        root.setId("notification-tray");
        root.getStyleClass().add("notification-tray");
        root.visibleProperty().bind(Bindings.isNotEmpty(root.getChildren()));
        root.managedProperty().bind(root.visibleProperty());
    }

    /** The strip to place in the window's layout. */
    public Node node() {
        return root;
    }

    @Override
    public void show(StatusNotice notice, Runnable open) {
        String kind = StatusTexts.keyPart(notice.status());
        Region icon = new Region();
        icon.getStyleClass().addAll("notification-icon", "notification-icon-" + kind);
        Label title = new Label(notice.title());
        title.getStyleClass().add("notification-title");
        Label text = new Label(notice.text());
        text.getStyleClass().add("notification-text");
        text.setWrapText(true);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button close = new Button("×");
        close.getStyleClass().addAll("notification-close", "flat");
        close.setAccessibleText(i18n.get().t("notify.close"));
        HBox card = new HBox(12, icon, words, close);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("notification-card", "notification-card-" + kind);
        card.pseudoClassStateChanged(STANDS_OUT, notice.standsOut());
        card.setUserData(notice.orderId());

        PauseTransition stay = new PauseTransition(durations.of(notice.status()));
        stay.setOnFinished(event -> root.getChildren().remove(card));
        close.setOnAction(event -> {
            stay.stop();
            root.getChildren().remove(card);
        });
        card.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                stay.stop();
                root.getChildren().remove(card);
                open.run();
            }
        });
        // a newer status of the same order replaces its older notification
        root.getChildren().removeIf(other -> notice.orderId().equals(other.getUserData()));
        root.getChildren().add(0, card);
        if (root.getChildren().size() > MAX_SHOWN) {
            root.getChildren().remove(MAX_SHOWN, root.getChildren().size());
        }
        stay.play();
    }
}
