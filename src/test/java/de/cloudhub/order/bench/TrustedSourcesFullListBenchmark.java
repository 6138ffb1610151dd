package de.cloudhub.order.bench;

import de.cloudhub.order.ui.testing.RecordingDialogService;

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
    private static final int WARMUP = 150;
    private static final int MEASURED = 200;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void changeToAFullList() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        OrderState state = new OrderState();
        ApiClient api = PageHarness.unreachableApi();
        WizardPage[] page = new WizardPage[1];
        Node[] view = new Node[1];
        onFx(() -> {
            state.catalogProperty().set(catalogWithRoomFor(ENTRIES));
            state.serviceIdProperty().set(TestCatalogs.VALKEY);
            page[0] = TrustedSourcesPage.create(PageHarness.context(state, api), new RecordingDialogService());
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
            alone.catalogProperty().set(catalogWithRoomFor(ENTRIES));
            alone.serviceIdProperty().set(TestCatalogs.VALKEY);
            alone.trustedSources().setAll(state.trustedSources());
            vmAlone[0] = (TrustedSourcesViewModel) TrustedSourcesPage.create(PageHarness.context(alone, api), new RecordingDialogService()).viewModel();
        });
        report("remove one entry, or add it back", measure(view[0], alternately(state, vm), 1));
        report("change one description", measure(view[0], new Runnable() {
            int n;

            @Override
            public void run() {
                vm.setDescription(ENTRIES / 2, "renamed " + n++);
            }
        }, 1));
        report("view-model only: remove one, or add it back", measure(view[0], alternately(alone, vmAlone[0]), 1));
        // what was measured was a change to a full list: it is full still
        if (state.trustedSources().size() < ENTRIES - 1 || alone.trustedSources().size() < ENTRIES - 1) {
            throw new IllegalStateException("The list did not stay full: " + state.trustedSources().size());
        }
        api.close();
        onFx(stage::hide);
    }

    /** Removes the middle entry, and at the next run adds it again (at the end): a list of 100, then 99, then 100. */
    private static Runnable alternately(OrderState state, TrustedSourcesViewModel vm) {
        String[] removed = new String[1];
        return () -> {
            if (removed[0] == null) {
                removed[0] = state.trustedSources().get(ENTRIES / 2).cidr();
                vm.remove(ENTRIES / 2);
            } else {
                vm.inputProperty().set(removed[0]);
                vm.add();
                removed[0] = null;
            }
        };
    }

    /** The test catalog with the provider's maximum of trusted sources (the test catalog allows 20). */
    private static de.cloudhub.order.model.Catalog catalogWithRoomFor(int max) {
        de.cloudhub.order.model.ServiceOffering v = TestCatalogs.valkey(TestCatalogs.VALKEY);
        return new de.cloudhub.order.model.Catalog("2025-01", "EUR", new java.math.BigDecimal("0.19"), List.of(
                new de.cloudhub.order.model.ServiceOffering(v.id(), v.category(), v.name(), v.engine(),
                        v.description(), v.nodeSizes(), v.storage(), v.regions(), max, v.maxmemoryPolicies(),
                        v.defaultMaxmemoryPolicy())));
    }

    @Test
    void checkingAFullList() {
        List<TrustedSource> full = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            full.add(new TrustedSource("93.184." + (i / 200) + "." + (i % 200 + 1) + "/32", "host " + i));
        }
        double[] check = new double[MEASURED];
        double[] merge = new double[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            de.cloudhub.order.model.TrustedSourceRules.check(full, false, ENTRIES);
            long checked = THREADS.getCurrentThreadCpuTime();
            de.cloudhub.order.model.TrustedSourceRules.mergeNeighbours(full);
            long merged = THREADS.getCurrentThreadCpuTime();
            if (i >= WARMUP) {
                check[i - WARMUP] = (checked - start) / 1e6;
                merge[i - WARMUP] = (merged - checked) / 1e6;
            }
        }
        Arrays.sort(check);
        Arrays.sort(merge);
        report("model: check the list", new double[] {check[MEASURED / 2], check[MEASURED * 9 / 10]});
        report("model: merge neighbours", new double[] {merge[MEASURED / 2], merge[MEASURED * 9 / 10]});
    }

    /**
     * Median and 90th percentile in ms of {@code changes} changes, each measured as the FX thread's
     * CPU time from the change until the end of the next pulse's CSS and layout pass (what the window
     * must do before it can show the change; the drawing itself is not counted).
     */
    private static double[] measure(Node view, Runnable change, int changes) throws Exception {
        double[] times = new double[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            CompletableFuture<Double> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = THREADS.getCurrentThreadCpuTime();
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    view.getScene().removePostLayoutPulseListener(afterLayout[0]);
                    took.complete((THREADS.getCurrentThreadCpuTime() - start) / 1e6 / changes);
                };
                try {
                    change.run();
                } catch (Throwable t) {
                    took.completeExceptionally(t);
                    return;
                }
                view.getScene().addPostLayoutPulseListener(afterLayout[0]);
                Platform.requestNextPulse();
            });
            double ms = took.get(120, TimeUnit.SECONDS);
            if (i >= WARMUP) {
                times[i - WARMUP] = ms;
            }
        }
        Arrays.sort(times);
        return new double[] {times[MEASURED / 2], times[MEASURED * 9 / 10]};
    }

    private static void report(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "BENCHMARK %-40s median %7.2f ms, p90 %7.2f ms CPU per change (100 entries)%n",
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
