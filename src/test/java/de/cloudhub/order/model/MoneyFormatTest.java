package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MoneyFormat writes a plain space (U+0020) where the JDK puts a no-break space. */
class MoneyFormatTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "1234.5|de|1.234,50 €",
            "1234.5|de-DE|1.234,50 €",
            "1234.5|en|€1,234.50",
            "0|de|0,00 €",
            "0.005|de|0,01 €",
            "1234567.891|de|1.234.567,89 €",
            "1234567.891|en|€1,234,567.89",
            "66.52|de|66,52 €",
            "-5|en|-€5.00"})
    void formatsEuroPerLocale(String amount, String locale, String expected) {
        assertThat(MoneyFormat.format(new BigDecimal(amount), "EUR", Locale.forLanguageTag(locale)))
                .isEqualTo(expected);
    }

    @Test
    void germanResultUsesAPlainSpace() {
        String text = MoneyFormat.format(new BigDecimal("1234.50"), "EUR", Locale.GERMAN);

        assertThat(text).isEqualTo("1.234,50 €").doesNotContain("\u00A0").doesNotContain("\u202F");
    }

    @Test
    void frenchNarrowSpacesAreNormalisedToo() {
        assertThat(MoneyFormat.format(new BigDecimal("1234.5"), "EUR", Locale.FRENCH))
                .doesNotContain("\u00A0").doesNotContain("\u202F").contains("234,50");
    }

    @Test
    void unknownCurrencyCodeIsWrittenAfterTheNumber() {
        assertThat(MoneyFormat.format(new BigDecimal("1234.5"), "XYZW", Locale.GERMAN)).isEqualTo("1.234,50 XYZW");
    }
}
