package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Copy buttons on the status view say beside themselves that they copied, in view of the person. */
@ExtendWith(ApplicationExtension.class)
class CopyFeedbackFxTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    SandboxFixture fixture;
    ScheduledExecutorService scheduler;
    OrderTrackingFeature feature;
    StackPane host;
    Scene scene;
    final List<String> clipboard = new CopyOnWriteArrayList<>();
    final I18n i18n = new I18n(Locale.ENGLISH);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        host = new StackPane();
        scene = new Scene(host, 900, 600);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture();
        scheduler = OrderTrackingFeature.newScheduler();
        feature = new OrderTrackingFeature(fixture.api, stores.followed(dataDir), scheduler, Platform::runLater,
                url -> { }, PortalPolicy.sandbox(fixture.baseUri()), "1-test", () -> i18n, new RecordingNotifier(),
                OrderWatcherTest.FAST, Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() {
        feature.close();
        scheduler.shutdownNow();
        fixture.close();
    }

    void showFailedOrder(FxRobot robot) {
        fixture.durations(50, 50);
        fixture.nextFails("Broken.");
        Order placed = fixture.placeOrder();
        feature.follow(placed);
        FxThread.run(() -> {
            OrderStatusViewModel vm = new OrderStatusViewModel(placed.id(), feature.watcher(), i18n,
                    PortalPolicy.sandbox(fixture.baseUri()), url -> { }, "1-test", Clock.systemDefaultZone(), () -> null);
            host.getChildren().setAll(new OrderStatusView(vm, clipboard::add).node());
        });
        Wait.onFx("the failed order's support details", WAIT,
                () -> robot.lookup("#copy-support-details").tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Inside the window's visible area: the person sees it without scrolling. */
    boolean inView(Node node) {
        return FxThread.call(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            return node.isVisible() && b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() && b.getMinX() >= 0
                    && b.getMaxX() <= scene.getWidth() && b.getWidth() > 0;
        });
    }

    @Test
    void copyDetailsForSupportSaysBesideTheButtonThatTheDetailsAreOnTheClipboard(FxRobot robot) {
        showFailedOrder(robot);

        robot.clickOn("#copy-support-details");
        WaitForAsyncUtils.waitForFxEvents();

        Label done = robot.lookup("#copy-support-details-done").queryAs(Label.class);
        assertThat(done.getText()).isEqualTo("The details are on the clipboard. Paste them into the support ticket.");
        assertThat(inView(done)).isTrue();
        assertThat(clipboard).singleElement().asString().contains("Broken.");
    }

    @Test
    void copyingTheOrderNumberSaysSoBesideTheButton(FxRobot robot) {
        showFailedOrder(robot);

        robot.clickOn("#order-id-copy");
        WaitForAsyncUtils.waitForFxEvents();

        Label done = robot.lookup("#order-id-copy-done").queryAs(Label.class);
        assertThat(done.getText()).isEqualTo("Copied to the clipboard.");
        assertThat(inView(done)).isTrue();
    }
}
