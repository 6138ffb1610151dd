package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token bucket's arithmetic, with the time passed in (no waiting). */
class RequestBudgetTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketGivesTheBurstAtOnceThenOneTokenPerInterval() {
        RequestBudget budget = new RequestBudget(10, 3);
        long now = 42 * SECOND;
        assertThat(budget.reserve(now)).isZero();
        assertThat(budget.reserve(now)).isZero();
        assertThat(budget.reserve(now)).isZero();
        assertThat(budget.reserve(now)).isEqualTo(SECOND / 10);
        assertThat(budget.reserve(now)).isEqualTo(2 * SECOND / 10);
    }

    @Test
    void thirtyThousandReservationsAreSpreadAtTheRate() {
        RequestBudget budget = new RequestBudget(10, 20);
        long last = 0;
        for (int i = 0; i < 30_000; i++) {
            last = budget.reserve(0);
        }
        // the last of 30 000 waits (30 000 - 20) / 10 s
        assertThat(last).isEqualTo((30_000 - 20) * SECOND / 10);
    }

    @Test
    void anIdleBudgetFillsUpToTheBurstAndNoFurther() {
        RequestBudget budget = new RequestBudget(10, 2);
        budget.reserve(0);
        long later = 3600 * SECOND;
        assertThat(budget.reserve(later)).isZero();
        assertThat(budget.reserve(later)).isZero();
        assertThat(budget.reserve(later)).isEqualTo(SECOND / 10);
    }
}
