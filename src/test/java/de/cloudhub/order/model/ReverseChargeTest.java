package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reverse charge: EU business customers outside Germany with a valid VAT id pay no VAT. */
class ReverseChargeTest {

    @ParameterizedTest(name = "{0} {1} -> reverse charge")
    @CsvSource({
            "AT, ATU12345678",
            "at, atu 1234 5678",
            "FR, FR12345678901",
            "GR, EL123456789",
            "NL, NL123456789B01",
            "IT, IT-123.456.789.01"})
    void euBusinessCustomerOutsideGermanyWithAValidVatIdIsReverseCharged(String country, String vatId) {
        assertThat(BillingRules.isReverseCharge(country, vatId)).isTrue();
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> VAT charged")
    @CsvSource(value = {
            "DE, DE123456789",       // the seller's own country
            "AT, NULL",              // no VAT id: a consumer or a business that gave none
            "AT, '  '",
            "AT, ATU1234567",        // one digit short
            "AT, DE123456789",       // another country's id
            "CH, CHE123456789",      // outside the EU
            "NULL, ATU12345678",
            "GR, GR123456789"},      // Greece uses EL
            nullValues = "NULL")
    void everyoneElsePaysVat(String country, String vatId) {
        assertThat(BillingRules.isReverseCharge(country, vatId)).isFalse();
    }

    @Test
    void anExistingProfileCountsOnlyWhenItIsTheChosenOne() {
        BillingProfile austrian = new BillingProfile("bp-1", "Wien", "Wiener GmbH", "Ring 1", "1010", "Wien", "AT",
                "r@wien.example", "ATU12345678");

        assertThat(BillingRules.isReverseCharge(BillingChoice.existing("bp-1"), austrian)).isTrue();
        assertThat(BillingRules.isReverseCharge(BillingChoice.existing("bp-2"), austrian)).isFalse();
        assertThat(BillingRules.isReverseCharge(BillingChoice.existing("bp-1"), null)).isFalse();
    }

    @Test
    void aNewProfileCountsByItsCountryAndVatId() {
        NewBillingProfile austrian = new NewBillingProfile("Wiener GmbH", "Ring 1", "1010", "Wien", "AT",
                "r@wien.example", null, "ATU12345678");

        assertThat(BillingRules.isReverseCharge(BillingChoice.newProfile(austrian), null)).isTrue();
        assertThat(BillingRules.isReverseCharge(BillingChoice.newProfile(TestCatalogs.germanProfile()), null)).isFalse();
        assertThat(BillingRules.isReverseCharge((BillingChoice) null, null)).isFalse();
    }

    @Test
    void aReverseChargedQuoteIsNetWithVatZero() {
        PriceQuote quote = PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, "a4-16", 100, true)
                .orElseThrow();

        assertThat(quote.net()).isEqualTo(new BigDecimal("171.00"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("0.00"));
        assertThat(quote.gross()).isEqualTo(new BigDecimal("171.00"));
        assertThat(quote.vatRate()).isEqualByComparingTo("0");
        assertThat(quote.reverseCharge()).isTrue();
    }

    @Test
    void aQuoteWithVatSaysItIsNotReverseCharged() {
        PriceQuote quote = PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, "a4-16", 100, false)
                .orElseThrow();

        assertThat(quote.vat()).isEqualTo(new BigDecimal("32.49"));
        assertThat(quote.reverseCharge()).isFalse();
    }
}
