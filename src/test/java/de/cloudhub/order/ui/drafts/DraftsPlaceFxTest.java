package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.MemoryDrafts;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.FxTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.main.AppNavigation;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The drafts view is built once and loaded again at each visit; a new language builds it anew. */
@ExtendWith(ApplicationExtension.class)
class DraftsPlaceFxTest {
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final MemoryDrafts store = new MemoryDrafts().with(SampleDrafts.mixed());
    private final AtomicInteger built = new AtomicInteger();
    private DraftsPlace place;

    @Start
    void start(Stage stage) {
        DraftsViewHarness.scene(stage, 1000, 700);
        place = new DraftsPlace(i18n -> {
            built.incrementAndGet();
            return new DraftsViewModel(store, new FxTaskRunner(background), i18n, Clock.system(ZoneOffset.UTC),
                    TestCatalogs::single, DraftsViewModelTest::customer, new AppNavigation(d -> { }),
                    new RecordingDialogService(), new DraftsViewModel.Transfer() {
                        @Override
                        public void export(DraftRecord draft) {
                        }

                        @Override
                        public void importFile() {
                        }
                    });
        });
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        store.close();
    }

    @Test
    void aSecondVisitKeepsTheViewAndShowsWhatChangedMeanwhile() {
        I18n english = new I18n(Locale.ENGLISH);
        Node first = FxThread.call(() -> place.visit(english));
        Wait.onFx("the drafts are listed", DraftsViewHarness.WAIT, () -> !place.viewModel().isLoading());
        int before = FxThread.call(() -> place.viewModel().getRows().size());
        store.save(SampleDrafts.draft("new-one", "Made meanwhile", DraftState.DRAFT, 0,
                SampleDrafts.started())).join();

        Node second = FxThread.call(() -> place.visit(new I18n(Locale.ENGLISH)));

        assertThat(second).isSameAs(first);
        assertThat(built).hasValue(1);
        Wait.onFx("the new draft is listed", DraftsViewHarness.WAIT,
                () -> place.viewModel().getRows().size() == before + 1);
        Node german = FxThread.call(() -> place.visit(new I18n(Locale.GERMAN)));
        assertThat(german).isNotSameAs(first);
        assertThat(built).hasValue(2);
    }
}
