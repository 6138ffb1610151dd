package de.cloudhub.order.bench;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import de.cloudhub.order.ui.wizard.trustedsources.TrustedSourcesPage;
import de.cloudhub.order.ui.wizard.trustedsources.TrustedSourcesViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * How long a change to a full (100-entry) trusted-sources list takes on the FX thread: the
 * view-model's work plus the view's update, CSS and layout, i.e. what must fit into one frame
 * (16 ms at 60 Hz) before the window can show the change. A benchmark, not a test: it prints
 * medians and asserts nothing about time. Run it with {@code mvn -o test -Pbench}.
 */
@Tag("benchmark")
class TrustedSourcesFullListBenchmark {
    private static final int ENTRIES = 100;
    private static final int WARMUP = 60;
    private static final int MEASURED = 200;

    @Test
    void changeToAFullList() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        OrderState state = new OrderState();
        ApiClient api = PageHarness.unreachableApi();
        WizardPage[] page = new WizardPage[1];
        Node[] view = new Node[1];
        onFx(() -> {
            state.catalogProperty().set(TestCatalogs.single());
            state.serviceIdProperty().set(TestCatalogs.VALKEY);
            page[0] = TrustedSourcesPage.create(PageHarness.context(state, api));
            List<TrustedSource> full = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                full.add(new TrustedSource("93.184." + (i / 200) + "." + (i % 200 + 1) + "/32", "host " + i));
            }
            state.trustedSources().setAll(full);
            view[0] = PageHarness.show(stage, page[0], Locale.ENGLISH);
        });
        TrustedSourcesViewModel vm = (TrustedSourcesViewModel) page[0].viewModel();
        OrderState alone = new OrderState();
        TrustedSourcesViewModel[] vmAlone = new TrustedSourcesViewModel[1];
        onFx(() -> {
            alone.catalogProperty().set(TestCatalogs.single());
            alone.serviceIdProperty().set(TestCatalogs.VALKEY);
            alone.trustedSources().setAll(state.trustedSources());
            vmAlone[0] = (TrustedSourcesViewModel) TrustedSourcesPage.create(PageHarness.context(alone, api)).viewModel();
        });
        report("view-model only: remove one and add it", measure(view[0], () -> {
            vmAlone[0].remove(ENTRIES / 2);
            vmAlone[0].inputProperty().set("93.184.0." + (ENTRIES / 2 + 1));
            vmAlone[0].add();
        }, 2));
        report("remove one entry and add it again", measure(view[0], () -> {
            vm.remove(ENTRIES / 2);
            frame(view[0]);
            vm.inputProperty().set("93.184.0." + (ENTRIES / 2 + 1));
            vm.add();
        }, 2));
        report("change one description", measure(view[0], new Runnable() {
            int n;

            @Override
            public void run() {
                vm.setDescription(ENTRIES / 2, "renamed " + n++);
            }
        }, 1));
        api.close();
        onFx(stage::hide);
    }

    /** Median and 90th percentile in ms of {@code changes} changes, each followed by what a frame does. */
    private static double[] measure(Node view, Runnable change, int changes) throws Exception {
        double[] times = new double[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            int index = i;
            onFx(() -> {
                long start = System.nanoTime();
                change.run();
                frame(view);
                if (index >= WARMUP) {
                    times[index - WARMUP] = (System.nanoTime() - start) / 1e6 / changes;
                }
            });
        }
        Arrays.sort(times);
        return new double[] {times[MEASURED / 2], times[MEASURED * 9 / 10]};
    }

    /** The work of a pulse for this scene: CSS and layout (rendering is not counted). */
    private static void frame(Node view) {
        view.getScene().getRoot().applyCss();
        view.getScene().getRoot().layout();
    }

    private static void report(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "BENCHMARK %-40s median %7.2f ms, p90 %7.2f ms per change (100 entries)%n",
                what, ms[0], ms[1]);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(120, TimeUnit.SECONDS);
    }
}
