package de.cloudhub.order.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.api.ApiProblemException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The table from failure kinds to sentences: every kind has its own, in English and in German. */
class FailureMessageTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final I18n DE = new I18n(Locale.GERMAN);

    static List<I18n> languages() {
        return List.of(EN, DE);
    }

    @ParameterizedTest
    @EnumSource(ApiFailure.class)
    void everyKindSaysWhatHappenedAndWhatToDoInBothLanguages(ApiFailure kind) {
        for (I18n i18n : languages()) {
            FailureMessage message = FailureMessage.of(kind);
            assertThat(i18n.has(message.whatKey())).as("%s %s", message.whatKey(), i18n.locale()).isTrue();
            assertThat(i18n.has(message.adviceKey())).as("%s %s", message.adviceKey(), i18n.locale()).isTrue();
            assertThat(message.text(i18n)).doesNotContain("!").endsWith(".");
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyKindHasItsOwnSentence(I18n i18n) {
        Set<String> sentences = EnumSet.allOf(ApiFailure.class).stream()
                .map(k -> FailureMessage.of(k).what(i18n)).collect(Collectors.toSet());
        assertThat(sentences).hasSize(ApiFailure.values().length);
    }

    @Test
    void aRateLimitWithRetryAfterSaysHowLongToWait() {
        FailureMessage message = new FailureMessage(ApiFailure.RATE_LIMITED, Duration.ofSeconds(42));

        assertThat(message.text(EN)).contains("too many requests").contains("Wait 42 seconds");
        assertThat(message.text(DE)).contains("zu viele Anfragen").contains("Warten Sie 42 Sekunden");
    }

    @Test
    void aPauseOfPartsOfASecondIsRoundedUp() {
        assertThat(new FailureMessage(ApiFailure.RATE_LIMITED, Duration.ofMillis(1200)).advice(EN))
                .contains("Wait 2 seconds");
        assertThat(new FailureMessage(ApiFailure.RATE_LIMITED, Duration.ofMillis(300)).advice(EN))
                .contains("Wait one second");
    }

    @Test
    void aRateLimitWithoutRetryAfterGivesAGeneralPause() {
        assertThat(FailureMessage.of(ApiFailure.RATE_LIMITED).advice(EN)).isEqualTo("Wait a minute, then try again.");
    }

    @Test
    void theMessageOfAnExceptionCarriesItsKindAndPauseButNotItsText() {
        ApiProblemException limited = new ApiProblemException(429, null, "Too Many", "secret detail", "rate-limited",
                List.of(), Duration.ofSeconds(5));

        FailureMessage message = FailureMessage.of(limited);

        assertThat(message).isEqualTo(new FailureMessage(ApiFailure.RATE_LIMITED, Duration.ofSeconds(5)));
        assertThat(message.text(EN)).doesNotContain("secret detail").doesNotContain("429");
    }

    @Test
    void aMessageAsAnArgumentIsPutIntoWordsInTheSameLanguage() {
        FailureMessage message = FailureMessage.of(ApiFailure.UNREACHABLE);

        assertThat(DE.t("failure.message", message, "x")).startsWith(message.text(DE));
    }
}
