package de.cloudhub.order.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.Problem;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {
    private final ProblemMessages messages = new ProblemMessages();

    @Test
    void modelCodeGetsTheEnglishSentenceOfTheProblemsBundle() {
        FieldProblem problem = messages.of(Problem.error("terms", OrderValidator.TERMS_OUTDATED, "2025-01", "2026-01"));

        assertThat(problem.message()).isEqualTo("You accepted version 2025-01 of the terms, but version 2026-01 "
                + "now applies. Please read and accept the current terms.");
    }

    @Test
    void sandboxCodeGetsTheSandboxsOwnSentence() {
        assertThat(messages.of("quotedMonthlyNet", FieldCodes.QUOTED_PRICE_CHANGED, "129.00").message())
                .isEqualTo("The price is now 129.00 EUR net per month; show the new price and confirm it.");
    }

    @Test
    void unknownCodeNamesFieldAndCode() {
        assertThat(messages.sentence("limit", "no.such.code")).isEqualTo("The field limit is not valid (no.such.code).");
    }
}
