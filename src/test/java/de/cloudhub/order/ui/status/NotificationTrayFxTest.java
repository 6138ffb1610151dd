package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.I18n;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The notification strip: how long each notification stays, closing, opening the order. */
@ExtendWith(ApplicationExtension.class)
class NotificationTrayFxTest {
    static final javafx.util.Duration SHORT = javafx.util.Duration.millis(300);
    static final javafx.util.Duration LONG = javafx.util.Duration.minutes(10);

    NotificationTray tray;
    VBox host;

    @Start
    void start(Stage stage) {
        host = new VBox();
        stage.setScene(new Scene(host, 800, 400));
        stage.show();
    }

    void showTray(NotificationTray.Durations durations) {
        tray = new NotificationTray(() -> new I18n(Locale.ENGLISH), durations);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> host.getChildren().setAll(tray.node()));
    }

    void notify(OrderStatus status, Runnable open) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> tray.show(new StatusNotice("ord-1", status, "Order status",
                "Order ord-1 changed."), open));
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean cardShown(FxRobot robot) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup(".notification-card").tryQuery().isPresent());
    }

    @Test
    void aFailedNotificationStaysAMinuteNotForEver() {
        assertThat(NotificationTray.Durations.defaults().failed()).isEqualTo(javafx.util.Duration.minutes(1));
    }

    @Test
    void aFailedNotificationClosesByItselfWhenItsTimeIsUp(FxRobot robot) {
        showTray(new NotificationTray.Durations(LONG, SHORT, LONG));

        notify(OrderStatus.FAILED, () -> { });
        assertThat(cardShown(robot)).isTrue();

        Wait.until("the failed notification to close", Duration.ofSeconds(10), () -> !cardShown(robot));
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> tray.node().isManaged())).isFalse();
    }

    @Test
    void clickingANotificationOpensTheOrderAndClosesIt(FxRobot robot) {
        showTray(new NotificationTray.Durations(LONG, LONG, LONG));
        List<String> opened = new CopyOnWriteArrayList<>();

        notify(OrderStatus.DONE, () -> opened.add("ord-1"));
        robot.clickOn(robot.lookup(".notification-title").queryAs(Node.class));

        assertThat(opened).containsExactly("ord-1");
        assertThat(cardShown(robot)).isFalse();
    }

    @Test
    void aNewerStatusOfTheSameOrderReplacesItsOlderNotification(FxRobot robot) {
        showTray(new NotificationTray.Durations(LONG, LONG, LONG));

        notify(OrderStatus.PROCESSING, () -> { });
        notify(OrderStatus.FAILED, () -> { });

        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup(".notification-card").queryAll().size()))
                .isEqualTo(1);
        assertThat(robot.lookup(".notification-card-failed").tryQuery()).isPresent();
    }

    @Test
    void theCloseButtonClosesWithoutOpening(FxRobot robot) {
        showTray(new NotificationTray.Durations(LONG, LONG, LONG));
        List<String> opened = new CopyOnWriteArrayList<>();

        notify(OrderStatus.PROCESSING, () -> opened.add("ord-1"));
        robot.clickOn(".notification-close");

        assertThat(opened).isEmpty();
        assertThat(cardShown(robot)).isFalse();
    }
}
