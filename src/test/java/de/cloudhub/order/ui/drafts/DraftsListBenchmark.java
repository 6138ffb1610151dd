package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.MemoryDrafts;
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
 * The drafts view with 10 000 drafts in the store: the time from {@code refresh()} (what opening the
 * view does) until the list has its rows laid out on the FX thread, and the FX thread's CPU time of one
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
        // the first open is the cold one, as in the app: nothing of the view has run in this JVM before
        try (DraftsViewHarness harness = new DraftsViewHarness(new MemoryDrafts().with(many()))) {
            double[][] opens = new double[LOADS][];
            for (int i = 0; i < LOADS; i++) {
                opens[i] = timeToRows(harness, scene);
            }
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: opening the view (new view-model and view,"
                    + " refresh()) until the first rows are laid out: first %.0f ms, median of %d %.0f ms, max %.0f ms%n",
                    DRAFTS, opens[0][0], LOADS, median(opens, 0), max(opens, 0));
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: ... of which until the view-model has its"
                    + " first rows: first %.0f ms, median %.0f ms; building the view-model and view (FX CPU): first %.0f ms,"
                    + " median %.0f ms%n", DRAFTS, opens[0][2], median(opens, 2), opens[0][3], median(opens, 3));
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: ... until all %d rows are in the list:"
                    + " first %.0f ms, median of %d %.0f ms, max %.0f ms%n", DRAFTS, DRAFTS, opens[0][1], LOADS,
                    median(opens, 1), max(opens, 1));

            String[] typed = {"a", "a4", "a4-", "a4-1", "a4-16", "a4-16 ", "a4-16 ·", "de-w", "po-1", "c-4"};
            double[] keys = new double[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                String text = typed[i % typed.length];
                double ms = keystroke(harness, scene, text);
                if (i >= WARMUP) {
                    keys[i - WARMUP] = ms;
                }
            }
            Arrays.sort(keys);
            System.out.printf(Locale.ROOT, "BENCHMARK drafts view, %d drafts: one keystroke in the search, FX thread "
                    + "CPU until laid out: median %.2f ms, p90 %.2f ms, max %.2f ms%n", DRAFTS, keys[MEASURED / 2],
                    keys[MEASURED * 9 / 10], keys[MEASURED - 1]);
            FxThread.run(() -> harness.vm.searchProperty().set(""));
        }
        FxThread.run(stage::hide);
    }

    private static double median(double[][] runs, int column) {
        double[] values = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static double max(double[][] runs, int column) {
        return Arrays.stream(runs).mapToDouble(r -> r[column]).max().orElseThrow();
    }

    /**
     * Wall times in ms from opening the view (a new view-model and view, {@code refresh()}) until the
     * pulse that laid out its first rows, and until every row is in the list.
     */
    private static double[] timeToRows(DraftsViewHarness harness, Scene scene) throws Exception {
        CompletableFuture<double[]> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            double[] times = {-1, -1, -1, -1};
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                boolean cells = scene.getRoot().lookupAll(".draft-cell").stream()
                        .anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c && !c.isEmpty());
                if (times[0] < 0 && cells) {
                    times[0] = (System.nanoTime() - start) / 1e6;
                }
                if (times[0] >= 0 && !harness.vm.isLoading() && harness.vm.getRows().size() == DRAFTS) {
                    times[1] = (System.nanoTime() - start) / 1e6;
                    scene.removePostLayoutPulseListener(check[0]);
                    took.complete(times);
                } else {
                    Platform.requestNextPulse();
                }
            };
            long cpu = THREADS.getCurrentThreadCpuTime();
            harness.open(scene, Locale.ENGLISH, TestCatalogs.single(), DraftsViewModelTest.sales());
            times[3] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            harness.vm.getRows().addListener((javafx.collections.ListChangeListener<DraftRow>) change -> {
                if (times[2] < 0) {
                    times[2] = (System.nanoTime() - start) / 1e6;
                }
            });
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
        return took.get(120, TimeUnit.SECONDS);
    }

    /** FX thread CPU time in ms from setting the search text until the end of the next layout pass. */
    private static double keystroke(DraftsViewHarness harness, Scene scene, String text) throws Exception {
        CompletableFuture<Double> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                scene.removePostLayoutPulseListener(afterLayout[0]);
                took.complete((THREADS.getCurrentThreadCpuTime() - start) / 1e6);
            };
            harness.vm.searchProperty().set(text);
            scene.addPostLayoutPulseListener(afterLayout[0]);
            Platform.requestNextPulse();
        });
        return took.get(120, TimeUnit.SECONDS);
    }
}
