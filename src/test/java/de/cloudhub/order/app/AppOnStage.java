package de.cloudhub.order.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The real {@link CloudhubOrderApp} in TestFX's primary stage, started with arguments as from the command
 * line and stopped, with every stage it showed, after each test. Register it with {@code @RegisterExtension}.
 */
final class AppOnStage implements BeforeEachCallback, AfterEachCallback {
    private Stage stage;
    private Application app;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** Starts the app with exactly these arguments. */
    void start(String... args) throws Exception {
        app = FxToolkit.setupApplication(CloudhubOrderApp.class, args);
    }

    /** The stage the app shows its window in. */
    Stage stage() {
        return stage;
    }
}
