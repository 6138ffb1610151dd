package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.I18n;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/**
 * The status view and the overview in a real window, headless, against the sandbox. Updates arrive on
 * the FX thread ({@code Platform::runLater}); every wait and every read of a node happens there too.
 */
@ExtendWith(ApplicationExtension.class)
class OrderStatusViewFxTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String SCREENSHOTS = System.getProperty("status.screenshots", "");

    @TempDir
    Path dataDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    SandboxFixture fixture;
    ScheduledExecutorService scheduler;
    OrderTrackingFeature feature;
    StackPane host;
    Stage stage;
    final List<String> opened = new CopyOnWriteArrayList<>();
    final RecordingNotifier notifier = new RecordingNotifier();
    I18n i18n = new I18n(Locale.ENGLISH);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        host = new StackPane();
        Scene scene = new Scene(host, 1000, 760);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture();
        scheduler = OrderTrackingFeature.newScheduler();
        feature = newFeature();
    }

    OrderTrackingFeature newFeature() {
        return new OrderTrackingFeature(fixture.api, stores.followed(dataDir), scheduler, Platform::runLater,
                opened::add, PortalPolicy.sandbox(fixture.baseUri()), "1.0-test", () -> i18n, notifier,
                OrderWatcherTest.FAST, Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() {
        feature.close();
        scheduler.shutdownNow();
        fixture.close();
    }

    void show(Supplier<Node> view) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> host.getChildren().setAll(view.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    <T> T fx(Supplier<T> read) {
        return FxThread.call(read::get);
    }

    void awaitFx(String what, java.util.concurrent.Callable<Boolean> condition) {
        Wait.onFx(what, WAIT, condition);
    }

    /** True when a node matching {@code query} is there and visible. */
    static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    void screenshot(String name) {
        if (SCREENSHOTS.isEmpty()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        var image = fx(() -> stage.getScene().snapshot(null));
        try {
            File dir = new File(SCREENSHOTS);
            dir.mkdirs();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(png, "png", new File(dir, name + ".png"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void showsAnOrderGoingFromNewThroughProcessingToDone(FxRobot robot) {
        fixture.durations(400, 400);
        Order placed = fixture.placeOrder();
        FxThread.run(() -> feature.follow(placed));
        show(() -> feature.statusView(placed.id(), i18n));

        FxThread.run(() -> {
            assertThat(robot.lookup("#order-id").queryAs(TextField.class).getText()).isEqualTo(placed.id());
            assertThat(robot.lookup("#order-id").queryAs(TextField.class).isEditable()).isFalse();
        });
        awaitFx("ready", () -> "Ready".equals(labelText(robot, "#order-status")));

        FxThread.run(() -> {
            TableView<?> timeline = robot.lookup("#status-timeline").queryAs(TableView.class);
            assertThat(timeline.getItems()).hasSize(3);
            assertThat(robot.lookup("#connection-details").query().isVisible()).isTrue();
            assertThat(robot.lookup("#connection-host").queryAs(TextField.class).getText()).isNotBlank();
            assertThat(robot.lookup("#support-ticket-link").query().isVisible()).isFalse();
            assertThat(robot.lookup("#status-view").tryQuery()).isPresent();
        });
        screenshot("status-done-en");
    }

    @Test
    void aThousandStatusChangesScrollInsideTheTimelineInsteadOfGrowingIt(FxRobot robot) {
        Order placed = fixture.placeOrder();
        java.time.Instant start = placed.createdAt();
        List<de.cloudhub.order.model.StatusChange> history = new java.util.ArrayList<>();
        for (int i = 0; i < 999; i++) {
            history.add(new de.cloudhub.order.model.StatusChange("processing", start.plusSeconds(i)));
        }
        history.add(new de.cloudhub.order.model.StatusChange("DONE", start.plusSeconds(1000)));
        Order done = new Order(placed.id(), placed.customerId(), "DONE", start, start.plusSeconds(1000), history,
                placed.request(), placed.monthlyNet(), null, placed.connection(), placed.links());
        feature.follow(done);
        show(() -> feature.statusView(done.id(), i18n));

        TableView<?> timeline = robot.lookup("#status-timeline").queryAs(TableView.class);
        awaitFx("all rows", () -> timeline.getItems().size() == 1000);
        // laid out for every row it would be 34 000 px tall (and build a cell per row)
        assertThat(fx(timeline::getHeight)).isLessThan(500);
        assertThat(fx(() -> timeline.lookupAll(".table-row-cell").size())).isLessThan(40);
    }

    @Test
    void failedOrderOffersTheSupportTicketLinkWithTheOrderId(FxRobot robot) {
        fixture.durations(100, 100);
        fixture.nextFails("Provisioning of the node failed in DE-NORTH-1.");
        Order placed = fixture.placeOrder();
        FxThread.run(() -> feature.follow(placed));
        i18n = new I18n(Locale.GERMAN);
        show(() -> feature.statusView(placed.id(), i18n));

        awaitFx("failed link", () -> visible(robot, "#support-ticket-link"));
        FxThread.run(() -> {
            assertThat(robot.lookup("#failure-reason").queryAs(Label.class).getText())
                    .isEqualTo("Grund: Provisioning of the node failed in DE-NORTH-1.");
            assertThat(robot.lookup("#support-ticket-link").queryAs(Hyperlink.class).getText())
                    .isEqualTo("Support-Ticket eröffnen");
        });
        screenshot("status-failed-de");

        robot.clickOn("#support-ticket-link");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly("http://127.0.0.1:" + fixture.port()
                + "/portal/support/new?order=" + placed.id());
    }

    @Test
    void hostileSupportLinkIsShownAsPlainTextAndNotClickable(FxRobot robot) {
        fixture.durations(100, 100);
        fixture.nextFails("Broken.");
        Order placed = fixture.placeOrder();
        Wait.until("failed on the server", WAIT, () -> fixture.api.order(placed.id()).parsedStatus().isTerminal());
        fixture.fault("hostile-links", "/orders/" + placed.id(), 1);

        show(() -> feature.statusView(placed.id(), i18n));

        awaitFx("refused link", () -> visible(robot, "#support-ticket-link-refused"));
        FxThread.run(() -> {
            assertThat(robot.lookup("#support-ticket-link").query().isVisible()).isFalse();
            assertThat(robot.lookup("#support-ticket-link-refused").queryAs(Label.class).getText())
                    .startsWith("https://evil.example");
            assertThat(robot.lookup("#support-ticket-note").queryAs(Label.class).getText())
                    .contains("will not open it");
        });
        assertThat(fixture.faultsWaiting()).as("the hostile-links fault was served").isZero();
        robot.clickOn("#support-ticket-link-refused");
        assertThat(opened).isEmpty();
        screenshot("status-hostile-link-en");
    }

    @Test
    void viewRecoversAfterTheServerWasUnreachable(FxRobot robot) {
        fixture.durations(60_000, 60_000);
        Order placed = fixture.placeOrder();
        FxThread.run(() -> feature.follow(placed));
        show(() -> feature.statusView(placed.id(), i18n));
        awaitFx("checked", () -> labelText(robot, "#last-checked").startsWith("Last checked"));

        fixture.fault("close-before-store", "/orders/" + placed.id(), 6);
        awaitFx("trouble", () -> visible(robot, "#connection-trouble"));
        assertThat(fx(() -> labelText(robot, "#order-status"))).isEqualTo("Received");
        screenshot("status-unreachable-en");

        awaitFx("recovered", () -> !visible(robot, "#connection-trouble"));
        assertThat(fx(() -> labelText(robot, "#order-status"))).isEqualTo("Received");
    }

    @Test
    void overviewAfterRestartShowsEarlierOrdersAndOpensOne(FxRobot robot) {
        fixture.durations(1_000, 300);
        Order first = fixture.placeOrder();
        Order second = fixture.placeOrder();
        FxThread.run(() -> feature.follow(first));
        FxThread.run(() -> feature.follow(second));
        Wait.until("remembered", WAIT, () -> stores.followed(dataDir).all().size() == 2);
        feature.close();

        feature = newFeature();
        List<String> openedOrders = new CopyOnWriteArrayList<>();
        FxThread.run(feature::resumeFollowed);
        show(() -> feature.overview(i18n, openedOrders::add));

        TableView<?> table = robot.lookup("#orders-table").queryAs(TableView.class);
        awaitFx("two rows", () -> table.getItems().size() == 2);
        awaitFx("both ready", () -> table.getItems().stream().allMatch(r -> ((OrderRow) r).statusText().equals("Ready")));
        assertThat(notifier.notices).extracting(StatusNotice::orderId).contains(first.id(), second.id());
        screenshot("overview-en");

        String newest = ((OrderRow) fx(() -> table.getItems().get(0))).id();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#open-order");
        assertThat(openedOrders).containsExactly(newest, newest);
        assertThat(newest).isEqualTo(second.id());
    }
}
