package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeSizeIdTest {

    @ParameterizedTest(name = "{0} -> {1} {2} vCPU {3} GB")
    @CsvSource({"b2-4, b, 2, 4", "a4-16, a, 4, 16", "r16-128, r, 16, 128", "a32-128, a, 32, 128", "' r4-32 ', r, 4, 32"})
    void parsesSeriesCpuAndRam(String text, char series, int vcpu, int ram) {
        assertThat(NodeSizeId.parse(text)).contains(new NodeSizeId(series, vcpu, ram));
    }

    @ParameterizedTest(name = "{0} is not a node size id")
    @ValueSource(strings = {"x2-4", "b2", "b-4", "b2-", "b02-4", "b2-04", "B2-4", "b2_4", "b2-4-8", "bb2-4", "b0-4",
            "b2-4 extra", "b99999-4"})
    void rejectsOtherShapes(String text) {
        assertThat(NodeSizeId.parse(text)).isEmpty();
    }

    @Test
    void parseOfNullIsEmpty() {
        assertThat(NodeSizeId.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void idIsCanonicalText() {
        assertThat(new NodeSizeId('r', 4, 32).id()).isEqualTo("r4-32");
        assertThat(new NodeSizeId('r', 4, 32)).hasToString("r4-32");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void missingIsRequired(String text) {
        assertThat(NodeSizeId.validate(text, TestCatalogs.valkey()))
                .containsExactly(Problem.error("nodeSize", NodeSizeId.REQUIRED));
    }

    @Test
    void malformedNamesTheInput() {
        assertThat(NodeSizeId.validate("big", TestCatalogs.valkey()))
                .containsExactly(Problem.error("nodeSize", NodeSizeId.MALFORMED, "big"));
    }

    @Test
    void unknownToTheServiceNamesTheChoices() {
        assertThat(NodeSizeId.validate("b32-64", TestCatalogs.valkey()))
                .containsExactly(Problem.error("nodeSize", NodeSizeId.UNKNOWN, "b32-64", "b2-4, a4-16, r4-32"));
    }

    @Test
    void knownSizeIsValid() {
        assertThat(NodeSizeId.validate("a4-16", TestCatalogs.valkey())).isEmpty();
    }

    @Test
    void withoutServiceOnlySyntaxIsChecked() {
        assertThat(NodeSizeId.validate("b32-64", null)).isEmpty();
    }
}
