package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StorageRulesTest {
    private static final StorageOptions PROVIDER = new StorageOptions(50, 500, 50, new BigDecimal("0.12"));

    @ParameterizedTest(name = "{0} GB is valid")
    @CsvSource({"50", "100", "250", "450", "500"})
    void valuesOnTheGridWithinBoundsAreValid(int gb) {
        assertThat(StorageRules.validate(gb, PROVIDER)).isEmpty();
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(120, Problem.error("storageGb", StorageRules.OFF_GRID, 120, 100, 150)),
                Arguments.of(51, Problem.error("storageGb", StorageRules.OFF_GRID, 51, 50, 100)),
                Arguments.of(499, Problem.error("storageGb", StorageRules.OFF_GRID, 499, 450, 500)),
                Arguments.of(49, Problem.error("storageGb", StorageRules.BELOW_MIN, 49, 50, 500)),
                Arguments.of(0, Problem.error("storageGb", StorageRules.BELOW_MIN, 0, 50, 500)),
                Arguments.of(-100, Problem.error("storageGb", StorageRules.BELOW_MIN, -100, 50, 500)),
                Arguments.of(501, Problem.error("storageGb", StorageRules.ABOVE_MAX, 501, 50, 500)),
                Arguments.of(550, Problem.error("storageGb", StorageRules.ABOVE_MAX, 550, 50, 500)),
                Arguments.of(Integer.MAX_VALUE,
                        Problem.error("storageGb", StorageRules.ABOVE_MAX, Integer.MAX_VALUE, 50, 500)));
    }

    @ParameterizedTest(name = "{0} GB -> {1}")
    @MethodSource("invalidValues")
    void invalidValueNamesWhatToChoose(int gb, Problem expected) {
        assertThat(StorageRules.validate(gb, PROVIDER)).containsExactly(expected);
    }

    @Test
    void missingStorageIsRequired() {
        assertThat(StorageRules.validate(null, PROVIDER))
                .containsExactly(Problem.error("storageGb", StorageRules.REQUIRED));
    }

    @ParameterizedTest(name = "nearest to {0} is {1}")
    @CsvSource(delimiter = ';', value = {
            "120; 100,150", "100; 100", "10; 50", "50; 50", "500; 500", "9999; 500", "475; 450,500", "-3; 50"})
    void nearestValidValues(int gb, String expected) {
        List<Integer> want = Stream.of(expected.split(",")).map(Integer::valueOf).toList();

        assertThat(StorageRules.nearestValid(gb, PROVIDER)).isEqualTo(want);
    }

    @Test
    void maxOffTheGridCountsOnlyReachableValues() {
        StorageOptions odd = new StorageOptions(50, 480, 50, BigDecimal.ONE);

        assertThat(StorageRules.validate(470, odd))
                .containsExactly(Problem.error("storageGb", StorageRules.ABOVE_MAX, 470, 50, 450));
        assertThat(StorageRules.validValues(odd)).endsWith(400, 450);
    }

    @Test
    void gridIsCountedFromTheMinimum() {
        StorageOptions fromTwenty = new StorageOptions(20, 100, 25, BigDecimal.ONE);

        assertThat(StorageRules.validValues(fromTwenty)).containsExactly(20, 45, 70, 95);
        assertThat(StorageRules.validate(50, fromTwenty))
                .containsExactly(Problem.error("storageGb", StorageRules.OFF_GRID, 50, 45, 70));
    }

    @Test
    void providerGridHasTenValues() {
        assertThat(StorageRules.validValues(PROVIDER))
                .containsExactly(50, 100, 150, 200, 250, 300, 350, 400, 450, 500);
    }

    @Test
    void withoutOptionsOnlyPresenceIsChecked() {
        assertThat(StorageRules.validate(123, null)).isEmpty();
    }
}
