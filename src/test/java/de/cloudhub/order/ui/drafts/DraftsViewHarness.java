package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.MemoryDrafts;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.main.AppNavigation;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The drafts view on a real stage with the app's theme and stylesheet, over an in-memory store. */
final class DraftsViewHarness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final MemoryDrafts store;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<Object> sessions = new CopyOnWriteArrayList<>();
    final List<String> transfers = new CopyOnWriteArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool();
    AppNavigation navigation;
    DraftsViewModel vm;
    DraftsView view;

    DraftsViewHarness(MemoryDrafts store) {
        this.store = store;
    }

    static Scene scene(Stage stage, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(), width, height);
        scene.getStylesheets().add(DraftsViewHarness.class.getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Builds the view-model and view on the FX thread, shows them in {@code scene} and waits for the list. */
    DraftsViewHarness show(Scene scene, Locale locale, Catalog catalog, Me me) {
        FxThread.run(() -> open(scene, locale, catalog, me));
        Wait.onFx("the drafts are listed", WAIT, () -> !vm.isLoading());
        return this;
    }

    /** On the FX thread: builds the view-model and view, shows them and starts loading, as opening the view does. */
    void open(Scene scene, Locale locale, Catalog catalog, Me me) {
        {
            navigation = new AppNavigation(draft -> sessions.add(draft == null ? "new order" : draft));
            vm = new DraftsViewModel(store, new FxTaskRunner(background), new I18n(locale),
                    Clock.system(ZoneOffset.UTC), () -> catalog, () -> me, navigation, dialogs,
                    new RecordingTransfer(transfers));
            view = new DraftsView(vm);
            ((StackPane) scene.getRoot()).getChildren().setAll(view.node());
            vm.refresh();
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        store.close();
    }
}
