package de.cloudhub.order.ui.wizard.service;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.SessionServices;
import java.time.Clock;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.WizardNavigator;
import de.cloudhub.order.ui.wizard.WizardPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** Hosts one page's view alone in a stage with the app's theme and stylesheet, for the choices pages' UI tests. */
public final class PageHarness {
    private PageHarness() {
    }

    public static ApiConfig config(URI base) {
        return new ApiConfig(base, "demo-customer", Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                Duration.ofMillis(10), "CloudhubOrder/test");
    }

    /** An API on loopback port 9, where nothing answers. */
    public static ApiClient unreachableApi() {
        return new ApiClient(config(URI.create("http://127.0.0.1:9/api/v1")));
    }

    public static OrderSession context(OrderState state, ApiClient api) {
        return context(state, api, new DirectTaskRunner());
    }

    public static OrderSession context(OrderState state, ApiClient api, TaskRunner tasks) {
        return context(state, api, tasks, new MemoryBillingCache());
    }

    /** A session whose billing page keeps what it sees in {@code billing} (and finds there what was kept). */
    public static OrderSession context(OrderState state, ApiClient api, TaskRunner tasks, BillingCache billing) {
        WizardNavigator navigator = new WizardNavigator() {
            @Override
            public void goTo(StepId step) {
            }

            @Override
            public void editFromSummary(StepId step) {
            }
        };
        return new OrderSession(new SessionServices(api, tasks, url -> { }, billing, OrderOutcomes.IGNORED, Runnable::run), state, null,
                navigator, Clock.systemUTC());
    }

    /** Shows the page's view in {@code stage}, in a scroll pane as the wizard shell hosts pages. */
    public static Node show(Stage stage, WizardPage page, Locale locale) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Node view = page.viewFactory().apply(new I18n(locale));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 1000, 760);
        scene.getStylesheets().add(Objects.requireNonNull(
                PageHarness.class.getResource("/de/cloudhub/order/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        return view;
    }

    /** Writes the whole page (also what lies below the fold) as PNG when {@code -Dscreenshots.dir} is set (FX thread). */
    public static void screenshot(Node page, String name) {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null) {
            return;
        }
        WritableImage image = page.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
