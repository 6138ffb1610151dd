package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.testing.TestAccounts;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.main.AppNavigation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.io.TempDir;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The drafts view with 10 000 drafts in the app's SQLite store, opened in a running app (the window and its
 * controls were shown before): the time from the visit (what the header's "Drafts" does) until the list has
 * its first rows laid out on the FX thread, the first time and at later visits, and the FX thread's CPU time of one
 * keystroke in the search. A benchmark, not a test: it prints figures and asserts nothing about time.
 * Run it with {@code mvn -o test -Pbench -Dtest=DraftsListBenchmark}.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DraftsListBenchmark {
    private static final int DRAFTS = 10_000;
    private static final int LOADS = 10;
    private static final int WARMUP = 100;
    private static final int MEASURED = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] SIZES = {"b1-2", "b2-4", "a2-8", "a4-16", "r2-16", "r4-32"};
    private static final String[] REGIONS = {"DE-WEST", "DE-NORTH"};

    @TempDir
    Path dataDir;

    static List<DraftRecord> many() {
        List<DraftRecord> drafts = new ArrayList<>(DRAFTS);
        DraftState[] states = DraftState.values();
        for (int i = 0; i < DRAFTS; i++) {
            String size = SIZES[i % SIZES.length];
            String region = REGIONS[i % REGIONS.length];
            OrderRequest order = i % 7 == 0 ? SampleDrafts.started()
                    : SampleDrafts.complete("c-" + (i % 50), size, region, i % 3 == 0 ? "PO-" + (10_000 + i) : null);
            DraftState state = i % 10 == 0 ? states[(i / 10) % states.length] : DraftState.DRAFT;
            drafts.add(SampleDrafts.draft("d" + i, size + " · 100 GB · " + region + " #" + i, state, i, order));
        }
        return drafts;
    }

    @Test
    @Order(2)
    void rowTextsOffTheFxThread() {
        List<DraftRecord> drafts = many();
        de.cloudhub.order.ui.common.I18n i18n = new de.cloudhub.order.ui.common.I18n(Locale.ENGLISH);
        double[] times = new double[LOADS];
        double[] validation = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            new DraftRows(i18n, java.time.ZoneOffset.UTC, TestCatalogs.single(), true).rows(DraftRows.newestFirst(drafts));
            long rows = THREADS.getCurrentThreadCpuTime();
            for (DraftRecord d : drafts) {
                de.cloudhub.order.model.OrderValidator.validate(
                        de.cloudhub.order.model.OrderDraft.fromRequest(d.order()), TestCatalogs.single(), null, true);
            }
            times[i] = (rows - start) / 1e6;
            validation[i] = (THREADS.getCurrentThreadCpuTime() - rows) / 1e6;
        }
        double first = times[0];
        Arrays.sort(times);
        Arrays.sort(validation);
        System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: the load task's row texts (off the FX thread), CPU:"
                + " first %.0f ms, median %.0f ms; validation alone median %.0f ms%n", DRAFTS, first,
                times[LOADS / 2], validation[LOADS / 2]);
    }

    @Test
    @Order(1)
    void tenThousandDrafts() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Scene scene = FxThread.call(() -> DraftsViewHarness.scene(stage, 1180, 780));
        ExecutorService background = Executors.newCachedThreadPool();
        try (LocalStore store = LocalStore.open(dataDir)) {
            // the app's own store: SQLite with 10 000 drafts in it, as the person has it
            many().forEach(store.account(TestAccounts.A).drafts()::saveSoon);
            store.account(TestAccounts.A).drafts().flush().join();
            // a running app: it opened the last draft from the store at start and the wizard validated its input,
            // the window with its controls was shown before the drafts view is opened first
            DraftRecord last = store.account(TestAccounts.A).drafts().get("d" + (DRAFTS - 1)).join().orElseThrow();
            de.cloudhub.order.model.OrderValidator.validate(de.cloudhub.order.model.OrderDraft.fromRequest(last.order()),
                    TestCatalogs.single(), null);
            FxThread.run(() -> ((StackPane) scene.getRoot()).getChildren().setAll(runningApp()));
            Wait.onFx("the running app laid out", java.time.Duration.ofSeconds(20),
                    () -> scene.getRoot().lookup("#app-list") != null);
            DraftsPlace place = FxThread.call(() -> new DraftsPlace(i18n -> new DraftsViewModel(store.account(TestAccounts.A).drafts(),
                    new FxTaskRunner(background), i18n, Clock.system(ZoneOffset.UTC), TestCatalogs::single,
                    DraftsViewModelTest::sales, new AppNavigation(d -> { }), new RecordingDialogService(),
                    new DraftsViewModel.Transfer() {
                        @Override
                        public void export(DraftRecord draft) {
                        }

                        @Override
                        public void importFile() {
                        }
                    })));
            double[][] opens = new double[LOADS][];
            for (int i = 0; i < LOADS; i++) {
                // another place in between, as the person goes to the wizard and back
                FxThread.run(() -> ((StackPane) scene.getRoot()).getChildren().setAll(new Label("wizard")));
                opens[i] = timeToRows(place, scene);
            }
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts in SQLite, in a running app: opening the"
                    + " view until its first rows are laid out: first open %.0f ms, later visits (kept view) median of"
                    + " %d %.0f ms, max %.0f ms%n", DRAFTS, opens[0][0], LOADS - 1, medianAfterFirst(opens, 0),
                    maxAfterFirst(opens, 0));
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: ... of which until the view-model has its"
                    + " first rows: first %.0f ms, later median %.0f ms; building view-model and view at the first"
                    + " open (FX CPU) %.0f ms%n", DRAFTS, opens[0][2], medianAfterFirst(opens, 2), opens[0][3]);
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: ... until all %d rows are in the list:"
                    + " first %.0f ms, later median %.0f ms, max %.0f ms%n", DRAFTS, DRAFTS, opens[0][1],
                    medianAfterFirst(opens, 1), maxAfterFirst(opens, 1));

            DraftsViewModel vm = FxThread.call(place::viewModel);
            String[] typed = {"a", "a4", "a4-", "a4-1", "a4-16", "a4-16 ", "a4-16 ·", "de-w", "po-1", "c-4"};
            double[] keys = new double[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                String text = typed[i % typed.length];
                double ms = keystroke(vm, scene, text);
                if (i >= WARMUP) {
                    keys[i - WARMUP] = ms;
                }
            }
            Arrays.sort(keys);
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: one keystroke in the search, FX thread "
                    + "CPU until laid out: median %.2f ms, p90 %.2f ms, max %.2f ms%n", DRAFTS, keys[MEASURED / 2],
                    keys[MEASURED * 9 / 10], keys[MEASURED - 1]);
            FxThread.run(() -> vm.searchProperty().set(""));
        } finally {
            background.shutdownNow();
        }
        FxThread.run(stage::hide);
    }

    /** What a running app has shown before: a list, fields, choices and buttons of the wizard's kind. */
    private static Node runningApp() {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("b1-2", "a2-8", "a4-16"));
        list.setId("app-list");
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList("DE-WEST", "DE-NORTH"));
        choice.getSelectionModel().select(0);
        return new VBox(new Label("Cloudhub Order"), new TextField("typed"), choice, new CheckBox("terms"),
                new RadioButton("new"), new Button("Next"), list, new ScrollPane(new Label("page")));
    }

    private static double medianAfterFirst(double[][] runs, int column) {
        double[] values = Arrays.stream(runs).skip(1).mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static double maxAfterFirst(double[][] runs, int column) {
        return Arrays.stream(runs).skip(1).mapToDouble(r -> r[column]).max().orElseThrow();
    }

    /**
     * Wall times in ms from opening the view (a visit of the drafts place, as the header's "Drafts" does) until
     * the pulse that laid out its first rows, and until every row is in the list.
     */
    private static double[] timeToRows(DraftsPlace place, Scene scene) throws Exception {
        CompletableFuture<double[]> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            double[] times = {-1, -1, -1, -1};
            long cpu = THREADS.getCurrentThreadCpuTime();
            Node view = place.visit(new de.cloudhub.order.ui.common.I18n(Locale.ENGLISH));
            ((StackPane) scene.getRoot()).getChildren().setAll(view);
            times[3] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            DraftsViewModel vm = place.viewModel();
            javafx.collections.ListChangeListener<DraftRow> firstRows = change -> {
                if (times[2] < 0) {
                    times[2] = (System.nanoTime() - start) / 1e6;
                }
            };
            vm.getRows().addListener(firstRows);
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                boolean cells = view.lookupAll(".draft-cell").stream()
                        .anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c && !c.isEmpty());
                if (times[0] < 0 && cells && times[2] >= 0) {
                    times[0] = (System.nanoTime() - start) / 1e6;
                }
                if (times[0] >= 0 && !vm.isLoading() && vm.getRows().size() == DRAFTS) {
                    times[1] = (System.nanoTime() - start) / 1e6;
                    scene.removePostLayoutPulseListener(check[0]);
                    vm.getRows().removeListener(firstRows);
                    took.complete(times);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
        return took.get(120, TimeUnit.SECONDS);
    }

    /** FX thread CPU time in ms from setting the search text until the end of the next layout pass. */
    private static double keystroke(DraftsViewModel vm, Scene scene, String text) throws Exception {
        CompletableFuture<Double> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                scene.removePostLayoutPulseListener(afterLayout[0]);
                took.complete((THREADS.getCurrentThreadCpuTime() - start) / 1e6);
            };
            vm.searchProperty().set(text);
            scene.addPostLayoutPulseListener(afterLayout[0]);
            Platform.requestNextPulse();
        });
        return took.get(120, TimeUnit.SECONDS);
    }
}
