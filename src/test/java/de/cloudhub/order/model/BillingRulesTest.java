package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BillingRulesTest {

    private static NewBillingProfile profile(String country, String postalCode, String vatId) {
        return new NewBillingProfile("Muster GmbH", "Musterstraße 1", postalCode, "Hamburg", country,
                "rechnung@muster.de", null, vatId);
    }

    @Test
    void existingProfileIdIsEnough() {
        assertThat(BillingRules.validate(BillingChoice.existing("bp-1"))).isEmpty();
    }

    @Test
    void neitherProfileIdNorNewProfileIsAnErrorOnBilling() {
        assertThat(BillingRules.validate(new BillingChoice(null, null)))
                .containsExactly(Problem.error("billing", BillingRules.REQUIRED));
        assertThat(BillingRules.validate(null))
                .containsExactly(Problem.error("billing", BillingRules.REQUIRED));
    }

    @Test
    void bothProfileIdAndNewProfileIsAnError() {
        assertThat(BillingRules.validate(new BillingChoice("bp-1", TestCatalogs.germanProfile())))
                .containsExactly(Problem.error("billing", BillingRules.BOTH));
    }

    @Test
    void blankProfileIdIsRequired() {
        assertThat(BillingRules.validate(BillingChoice.existing("  ")))
                .containsExactly(Problem.error("billing.profileId", BillingRules.PROFILE_ID_REQUIRED));
    }

    @Test
    void profileIdWithControlCharacterIsAnError() {
        assertThat(BillingRules.validate(BillingChoice.existing("bp\u00001")))
                .containsExactly(Problem.error("billing.profileId", BillingRules.PROFILE_ID_CONTROL));
    }

    @Test
    void completeGermanProfileIsValid() {
        assertThat(BillingRules.validate(BillingChoice.newProfile(TestCatalogs.germanProfile()))).isEmpty();
    }

    @Test
    void emptyNewProfileReportsEveryRequiredField() {
        NewBillingProfile empty = new NewBillingProfile(" ", "", null, "\t", null, "", null, "");

        assertThat(BillingRules.validateNewProfile(empty)).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("billing.newProfile.company", "billing.company.required"),
                        org.assertj.core.groups.Tuple.tuple("billing.newProfile.street", "billing.street.required"),
                        org.assertj.core.groups.Tuple.tuple("billing.newProfile.postalCode", "billing.postalCode.required"),
                        org.assertj.core.groups.Tuple.tuple("billing.newProfile.city", "billing.city.required"),
                        org.assertj.core.groups.Tuple.tuple("billing.newProfile.country", "billing.country.required"),
                        org.assertj.core.groups.Tuple.tuple("billing.newProfile.email", "billing.email.required"));
    }

    static Stream<Arguments> vatIds() {
        return Stream.of(
                Arguments.of("DE", "DE123456789", null),
                Arguments.of("DE", "de 123 456 789", null),
                Arguments.of("DE", "DE-123.456.789", null),
                Arguments.of("DE", "DE12345678", BillingRules.VAT_FORMAT),
                Arguments.of("DE", "DE1234567890", BillingRules.VAT_FORMAT),
                Arguments.of("DE", "DE12345678X", BillingRules.VAT_FORMAT),
                Arguments.of("DE", "123456789", BillingRules.VAT_PREFIX_MISSING),
                Arguments.of("DE", "ATU12345678", BillingRules.VAT_COUNTRY_MISMATCH),
                Arguments.of("AT", "ATU12345678", null),
                Arguments.of("AT", "AT12345678", BillingRules.VAT_FORMAT),
                Arguments.of("GR", "EL123456789", null),
                Arguments.of("GR", "GR123456789", BillingRules.VAT_COUNTRY_MISMATCH),
                Arguments.of("NL", "NL123456789B01", null),
                Arguments.of("FR", "FRXX123456789", null),
                Arguments.of("IE", "IE1234567WA", null),
                Arguments.of("CH", "CHE123456789", BillingRules.VAT_COUNTRY_NOT_EU),
                Arguments.of("XX", "DE123456789", null),
                Arguments.of("XX", "QQ123", BillingRules.VAT_UNKNOWN_PREFIX),
                Arguments.of("DE", "", null));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @MethodSource("vatIds")
    void vatIdMatchesCountryAndFormat(String country, String vatId, String expectedCode) {
        List<Problem> problems = BillingRules.validateNewProfile(profile(country, "20095", vatId)).stream()
                .filter(p -> p.field().equals("billing.newProfile.vatId")).toList();

        if (expectedCode == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(Problem::code).containsExactly(expectedCode);
        }
    }

    @Test
    void countryMismatchNamesBothPrefixes() {
        List<Problem> problems = BillingRules.validateNewProfile(profile("GR", "10431", "GR123456789"));

        assertThat(problems).containsExactly(Problem.error("billing.newProfile.vatId",
                BillingRules.VAT_COUNTRY_MISMATCH, "GR123456789", "GR", "EL", "GR"));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "DE|20095|-",
            "DE| 20095 |-",
            "DE|2009|billing.postalCode.format",
            "DE|200955|billing.postalCode.format",
            "DE|2009A|billing.postalCode.format",
            "AT|1010|-",
            "AT|10100|billing.postalCode.format",
            "NL|1011 ab|-",
            "PL|00-001|-",
            "US|94105|-",
            "GB|SW1A 1AA|-",
            "US|!!|billing.postalCode.format",
            "DE|12345678901|billing.postalCode.tooLong"})
    void postalCodeFitsTheCountry(String country, String postalCode, String expectedCode) {
        List<Problem> problems = BillingRules.validateNewProfile(profile(country, postalCode, null)).stream()
                .filter(p -> p.field().equals("billing.newProfile.postalCode")).toList();

        if (expectedCode == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(Problem::code).containsExactly(expectedCode);
        }
    }

    @Test
    void germanPostalCodeProblemGivesAnExample() {
        assertThat(BillingRules.validateNewProfile(profile("DE", "2009", null)))
                .containsExactly(Problem.error("billing.newProfile.postalCode", BillingRules.POSTAL_CODE_FORMAT,
                        "2009", "10115"));
    }

    @ParameterizedTest(name = "country {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "DE|-", "de|-", " AT |-", "GR|-", "EL|billing.country.invalid", "XX|billing.country.invalid",
            "Germany|billing.country.invalid", "D|billing.country.invalid", "DEU|billing.country.invalid"})
    void countryIsIsoAlpha2(String country, String expectedCode) {
        List<Problem> problems = BillingRules.validateNewProfile(profile(country, "1234", null)).stream()
                .filter(p -> p.field().equals("billing.newProfile.country")).toList();

        if (expectedCode == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(Problem::code).containsExactly(expectedCode);
        }
    }

    @ParameterizedTest(name = "{0} is a valid e-mail address")
    @CsvSource({"rechnung@muster.de", "first.last+tag@sub.example.co.uk", "a@b.io", "x@xn--mnchen-3ya.de"})
    void saneEmailAddressesPass(String email) {
        assertThat(BillingRules.isEmail(email)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a valid e-mail address")
    @CsvSource(delimiter = '|', value = {"muster.de", "@muster.de", "a@", "a@b", "a@@b.de", "a b@c.de", "a@b..de",
            ".a@b.de", "a.@b.de", "a@-b.de", "a@b.d", "a@b.123"})
    void brokenEmailAddressesFail(String email) {
        assertThat(BillingRules.isEmail(email)).isFalse();
        assertThat(BillingRules.validateNewProfile(new NewBillingProfile("M", "S", "20095", "H", "DE", email, null, null)))
                .containsExactly(Problem.error("billing.newProfile.email", BillingRules.EMAIL_INVALID, email));
    }

    @Test
    void tooLongFieldSaysTheLimit() {
        NewBillingProfile p = new NewBillingProfile("x".repeat(101), "S", "20095", "H", "DE", "a@b.de",
                "y".repeat(101), null);

        assertThat(BillingRules.validateNewProfile(p)).containsExactlyInAnyOrder(
                Problem.error("billing.newProfile.company", "billing.company.tooLong", 100, 101),
                Problem.error("billing.newProfile.contactName", "billing.contactName.tooLong", 100, 101));
    }

    @Test
    void valuesAreTrimmedBeforeLengthIsCounted() {
        NewBillingProfile p = new NewBillingProfile("  " + "x".repeat(100) + "  ", "S", "20095", "H", "DE",
                "a@b.de", null, null);

        assertThat(BillingRules.validateNewProfile(p)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] control character in company")
    @ValueSource(strings = {"Muster\nGmbH", "Muster\tGmbH", "Muster\u0007GmbH", "Muster\u202EGmbH",
            "Muster\u2028GmbH"})
    void controlCharactersAreRejected(String company) {
        NewBillingProfile p = new NewBillingProfile(company, "S", "20095", "H", "DE", "a@b.de", null, null);

        assertThat(BillingRules.validateNewProfile(p))
                .containsExactly(Problem.error("billing.newProfile.company", "billing.company.controlChars"));
    }

    @Test
    void umlautsAndAccentsArePrintable() {
        NewBillingProfile p = new NewBillingProfile("Müller & Söhne – Café Ærø", "Straße 1", "20095", "Köln", "DE",
                "a@b.de", "Zoë Ñúñez", null);

        assertThat(BillingRules.validateNewProfile(p)).isEmpty();
    }

    @Test
    void normalizeTrimsAndUppercases() {
        NewBillingProfile raw = new NewBillingProfile(" Muster GmbH ", " Weg 1", " 20095 ", " Hamburg ", " de ",
                " a@b.de ", "  ", "de 123 456 789");

        assertThat(BillingRules.normalize(raw)).isEqualTo(new NewBillingProfile("Muster GmbH", "Weg 1", "20095",
                "Hamburg", "DE", "a@b.de", null, "DE123456789"));
    }

    @Test
    void vatPrefixOfGreeceIsEl() {
        assertThat(BillingRules.vatPrefix("GR")).isEqualTo("EL");
        assertThat(BillingRules.vatPrefix("de")).isEqualTo("DE");
        assertThat(BillingRules.vatPrefix("CH")).isNull();
    }
}
