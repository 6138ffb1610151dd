package de.cloudhub.order.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/** The test seam itself: one thread for deliveries, reads and waits; failures reach the test. */
class UiThreadTest {
    @Test
    void deliveriesReadsAndWaitConditionsAllRunOnTheOneUiThread() {
        List<Boolean> onUi = new ArrayList<>();
        try (UiThread ui = new UiThread()) {
            ui.execute(() -> onUi.add(ui.isCurrent()));
            ui.until("a condition", Duration.ofSeconds(5), () -> onUi.add(ui.isCurrent()));
            ui.run(() -> onUi.add(ui.isCurrent()));
            assertThat(ui.call(() -> List.copyOf(onUi))).containsOnly(true).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ui.isCurrent()).isFalse();
        }
    }

    @Test
    void anAssertionFailingOnTheUiThreadFailsTheTestAsItself() {
        try (UiThread ui = new UiThread()) {
            assertThatThrownBy(() -> ui.run(() -> assertThat(1).isEqualTo(2)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("expected: 2");
        }
    }

    @Test
    void aDeliveryThatThrowsFailsTheTestWhenTheThreadIsClosed() {
        UiThread ui = new UiThread();
        ui.execute(() -> {
            throw new IllegalStateException("Called endChange before beginChange");
        });
        ui.run(() -> { });

        assertThatThrownBy(ui::close).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Called endChange before beginChange");
    }

    @Test
    void aConditionThatNeverHoldsFailsAfterTheDeadlineNamingWhatWasAwaited() {
        AtomicInteger checks = new AtomicInteger();
        try (UiThread ui = new UiThread()) {
            assertThatThrownBy(() -> ui.until("the impossible", Duration.ofMillis(200),
                    () -> checks.incrementAndGet() < 0))
                    .isInstanceOf(ConditionTimeoutException.class).hasMessageContaining("the impossible");
        }
        assertThat(checks.get()).isGreaterThan(1);
    }
}
