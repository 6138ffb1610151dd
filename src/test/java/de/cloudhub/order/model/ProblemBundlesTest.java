package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every problem code the model produces has a whole sentence in both languages that formats cleanly. */
class ProblemBundlesTest {
    private static final String BUNDLE = "de.cloudhub.order.i18n.problems";

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Stream<Arguments> locales() {
        return Stream.of(Arguments.of(Locale.ENGLISH), Arguments.of(Locale.GERMAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyDeclaredCodeHasAnEntry(Locale locale) {
        ResourceBundle bundle = bundle(locale);

        assertThat(OrderValidator.allCodes()).allSatisfy(code -> assertThat(bundle.containsKey(code))
                .as("key %s in %s", code, locale).isTrue());
    }

    @Test
    void codesProducedByManyInvalidInputsAreAllDeclared() {
        assertThat(producedProblems()).extracting(Problem::code)
                .allMatch(code -> OrderValidator.allCodes().contains(code));
    }

    @Test
    void invalidInputsExerciseEveryDeclaredCode() {
        Set<String> produced = new TreeSet<>();
        producedProblems().forEach(p -> produced.add(p.code()));

        assertThat(produced).containsExactlyInAnyOrderElementsOf(new TreeSet<>(OrderValidator.allCodes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyProducedProblemFormatsToASentence(Locale locale) {
        ResourceBundle bundle = bundle(locale);

        assertThat(producedProblems()).allSatisfy(p -> {
            String text = new MessageFormat(bundle.getString(p.code()), locale).format(p.arguments().toArray());
            assertThat(text).as(p.code()).doesNotContain("{").doesNotContain("}").endsWith(".");
        });
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(bundle(Locale.GERMAN).keySet()).containsExactlyInAnyOrderElementsOf(bundle(Locale.ENGLISH).keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void noEntryUsesAnApostrophe(Locale locale) {
        ResourceBundle bundle = bundle(locale);

        assertThat(bundle.keySet()).allSatisfy(key -> assertThat(bundle.getString(key)).as(key).doesNotContain("'"));
    }

    @Test
    void germanEntriesHaveRealUmlauts() {
        assertThat(bundle(Locale.GERMAN).getString("nodeSize.required")).isEqualTo("Wählen Sie eine Knotengröße.");
    }

    @Test
    void storageNumbersAreNotGrouped() {
        String text = new MessageFormat(bundle(Locale.ENGLISH).getString(StorageRules.ABOVE_MAX), Locale.ENGLISH)
                .format(new Object[] {1500, 50, 1000});

        assertThat(text).isEqualTo("1500 GB is more than the maximum. Choose between 50 GB and 1000 GB.");
    }

    @Test
    void offGridMessageNamesTheNeighboursInGerman() {
        Problem problem = StorageRules.validate(120, TestCatalogs.valkey().storage()).get(0);
        String text = new MessageFormat(bundle(Locale.GERMAN).getString(problem.code()), Locale.GERMAN)
                .format(problem.arguments().toArray());

        assertThat(text).isEqualTo("120 GB sind nicht verfügbar. Wählen Sie 100 GB oder 150 GB.");
    }

    /** Problems from inputs meant to trigger every code the model has. */
    static List<Problem> producedProblems() {
        List<Problem> all = new ArrayList<>();
        Catalog catalog = TestCatalogs.catalog();
        ServiceOffering service = TestCatalogs.valkey();
        all.addAll(OrderValidator.validate(new OrderDraft(), catalog, "v2", true));
        OrderDraft wrong = TestCatalogs.validDraft();
        wrong.setServiceId("nope");
        all.addAll(OrderValidator.validate(wrong, catalog, "v2"));
        all.addAll(OrderValidator.validateMaxmemoryPolicy("lfu", service));
        all.addAll(OrderValidator.validateRegion("MARS", service));
        all.addAll(OrderValidator.validateReference("x".repeat(40) + "\n" + "x".repeat(40)));
        all.addAll(OrderValidator.validateTerms(new TermsAcceptance("v1", true), "v2"));
        all.addAll(NodeSizeId.validate("big", service));
        all.addAll(NodeSizeId.validate("b64-512", service));
        for (int gb : new int[] {10, 120, 999}) {
            all.addAll(StorageRules.validate(gb, service.storage()));
        }
        all.addAll(StorageRules.validate(470, new StorageOptions(50, 480, 50, BigDecimal.ONE)));
        List<TrustedSource> sources = Stream.of("", "1".repeat(200), "999.1.1.1", "example.com", "1.2.3.4/33",
                "85.215.1.3/24", "10.0.0.1", "127.0.0.1", "169.254.1.1", "100.64.0.1", "224.0.0.1", "0.0.0.0",
                "255.255.255.255", "192.0.2.1", "240.0.0.1", "4000::1", "8.0.0.0/6", "0.0.0.0/0", "85.0.0.0/8",
                "85.215.1.0/24", "85.215.1.9").map(c -> new TrustedSource(c, null)).toList();
        all.addAll(TrustedSourceRules.check(sources, false, 3).problems());
        all.addAll(TrustedSourceRules.check(List.of(new TrustedSource("::/0", "x".repeat(65)),
                new TrustedSource("85.215.1.1", "a\nb")), true, 10).problems());
        all.addAll(TrustedSourceRules.check(List.of(), false, 10).problems());
        all.addAll(BillingRules.validate(new BillingChoice(null, null)));
        all.addAll(BillingRules.validate(new BillingChoice("bp", TestCatalogs.germanProfile())));
        all.addAll(BillingRules.validate(BillingChoice.existing(" ")));
        all.addAll(BillingRules.validate(BillingChoice.existing("p".repeat(65) + "\u0000")));
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile(null, null, null, null, null, null, null, null)));
        String tooLong = "z".repeat(300);
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile(tooLong, tooLong, tooLong, tooLong, tooLong,
                tooLong, tooLong, tooLong)));
        String control = "a\u0007b";
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile(control, control, control, control, control,
                control, control, control)));
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile("M", "S", "1", "C", "XX", "a@", null, "QQ1")));
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile("M", "S", "1", "C", "CH", "a@b.ch", null, "CHE1")));
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile("M", "S", "1", "C", "DE", "a@b.de", null, "123")));
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile("M", "S", "1", "C", "DE", "a@b.de", null, "AT1")));
        all.addAll(BillingRules.validateNewProfile(new NewBillingProfile("M", "S", "1", "C", "DE", "a@b.de", null, "DE1")));
        return all;
    }
}
