package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"new, NEW", "NEW, NEW", "processing, PROCESSING", "Processing, PROCESSING", "failed, FAILED",
            "FAILED, FAILED", "DONE, DONE", "done, DONE", "' done ', DONE"})
    void parsesCaseInsensitively(String wire, OrderStatus expected) {
        assertThat(OrderStatus.parse(wire)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> UNKNOWN")
    @NullAndEmptySource
    @ValueSource(strings = {"cancelled", "unknown", "n e w", "DONE!", "\u0000"})
    void anythingElseIsUnknown(String wire) {
        assertThat(OrderStatus.parse(wire)).isEqualTo(OrderStatus.UNKNOWN);
    }

    @Test
    void wireNamesAreSpelledAsTheApiDoes() {
        assertThat(OrderStatus.NEW.wireName()).isEqualTo("new");
        assertThat(OrderStatus.PROCESSING.wireName()).isEqualTo("processing");
        assertThat(OrderStatus.FAILED.wireName()).isEqualTo("failed");
        assertThat(OrderStatus.DONE.wireName()).isEqualTo("DONE");
    }

    @Test
    void onlyDoneAndFailedAreTerminal() {
        assertThat(OrderStatus.values()).filteredOn(OrderStatus::isTerminal)
                .containsExactlyInAnyOrder(OrderStatus.DONE, OrderStatus.FAILED);
    }

    @Test
    void orderKeepsTheServerSpellingAndParsesIt() {
        Order order = new Order("o-1", "c-1", "Processing", null, null, null, null, null, null, null, null);

        assertThat(order.status()).isEqualTo("Processing");
        assertThat(order.parsedStatus()).isEqualTo(OrderStatus.PROCESSING);
    }
}
