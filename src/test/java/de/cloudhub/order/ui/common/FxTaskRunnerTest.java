package de.cloudhub.order.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {

    @Test
    void theResultIsHandedToTheGivenUiExecutor() throws InterruptedException {
        ExecutorService background = Executors.newSingleThreadExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        TaskRunner tasks = new FxTaskRunner(background, work -> {
            seen.add("ui");
            work.run();
        });

        tasks.run(() -> "answer", seen::add, e -> seen.add("failed"));
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(seen).containsExactly("ui", "answer");
    }

    @Test
    void workHandedOverAfterShutdownIsSkippedWithoutThrowing() {
        ExecutorService background = Executors.newSingleThreadExecutor();
        background.shutdownNow();
        List<Object> seen = new CopyOnWriteArrayList<>();
        TaskRunner tasks = new FxTaskRunner(background, Runnable::run);

        assertThatCode(() -> tasks.run(() -> "answer", seen::add, seen::add)).doesNotThrowAnyException();
        assertThat(seen).isEmpty();
    }

    @Test
    void anOutcomeArrivingAfterTheUiHasGoneIsDroppedNotThrownIntoTheBackgroundThread() throws InterruptedException {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        ExecutorService background = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "test-background");
            t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
            return t;
        });
        ExecutorService ui = Executors.newSingleThreadExecutor();
        ui.shutdown();
        List<Object> seen = new CopyOnWriteArrayList<>();
        TaskRunner tasks = new FxTaskRunner(background, ui);

        tasks.run(() -> "answer", seen::add, seen::add);
        tasks.run(() -> {
            throw new IllegalArgumentException("failed");
        }, seen::add, seen::add);
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(uncaught).isEmpty();
        assertThat(seen).isEmpty();
    }
}
