package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.common.I18n;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times of an order as a person reads them: four-digit years in every format, and no exception for any instant. */
class StatusTextsDatesTest {
    private static final Instant NEW_YEAR_2099 = Instant.parse("2099-01-01T10:00:00Z");

    private static StatusTexts texts(Locale locale) {
        return new StatusTexts(new I18n(locale), ZoneOffset.UTC, null);
    }

    @Test
    void shortDatesInEnglishShowTheYearWithFourDigits() {
        assertThat(texts(Locale.ENGLISH).shortDateTime(NEW_YEAR_2099)).startsWith("1/1/2099");
    }

    @Test
    void shortDatesInGermanShowTheYearWithFourDigits() {
        assertThat(texts(Locale.GERMAN).shortDateTime(NEW_YEAR_2099)).startsWith("01.01.2099");
    }

    @Test
    void mediumDatesKeepTheirFourDigitYear() {
        assertThat(texts(Locale.ENGLISH).dateTime(NEW_YEAR_2099)).contains("2099");
        assertThat(texts(Locale.GERMAN).dateTime(NEW_YEAR_2099)).contains("2099");
    }

    @Test
    void anInstantNoCalendarCanShowIsShownAsNothingInsteadOfThrowing() {
        // remembered on disk before answers were checked: formatting it in a zone would throw
        StatusTexts texts = new StatusTexts(new I18n(Locale.ENGLISH), java.time.ZoneId.of("Europe/Berlin"), null);
        assertThat(texts.shortDateTime(Instant.MAX)).isEmpty();
        assertThat(texts.dateTime(Instant.MAX)).isEmpty();
        assertThat(texts.time(Instant.MAX)).isEmpty();
    }

    @Test
    void quotedTextInAPatternIsLeftAlone() {
        assertThat(StatusTexts.fourDigitYears("d.M.yy 'yy' HH:mm")).isEqualTo("d.M.yyyy 'yy' HH:mm");
        assertThat(StatusTexts.fourDigitYears("MMM d, y")).isEqualTo("MMM d, y");
    }
}
