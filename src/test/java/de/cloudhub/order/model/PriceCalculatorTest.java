package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceCalculatorTest {

    @ParameterizedTest(name = "{0} + {1} GB -> net {2}, VAT {3}, gross {4}")
    @CsvSource({
            "b2-4, 50, 55.90, 10.62, 66.52",      // 49.90 + 50 x 0.12 = 55.90; VAT 10.621 -> 10.62
            "a4-16, 100, 171.00, 32.49, 203.49",  // 159.00 + 12.00; VAT 32.49
            "r4-32, 500, 289.50, 55.01, 344.51",  // 229.50 + 60.00; VAT 55.005 -> 55.01 (half up)
            "a4-16, 250, 189.00, 35.91, 224.91"})
    void netVatAndGrossAreExact(String node, int gb, String net, String vat, String gross) {
        PriceQuote quote = PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, node, gb).orElseThrow();

        assertThat(quote.net()).isEqualTo(new BigDecimal(net));
        assertThat(quote.vat()).isEqualTo(new BigDecimal(vat));
        assertThat(quote.gross()).isEqualTo(new BigDecimal(gross));
        assertThat(quote.vatRate()).isEqualTo(new BigDecimal("0.19"));
        assertThat(quote.currency()).isEqualTo("EUR");
    }

    @Test
    void halfACentRoundsUp() {
        Catalog catalog = new Catalog("c", "EUR", new BigDecimal("0.19"), List.of(service("10.00", "0.005")));

        PriceQuote quote = PriceCalculator.quote(catalog, "s", "b2-4", 1).orElseThrow();

        assertThat(quote.net()).isEqualTo(new BigDecimal("10.01"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("1.90"));
        assertThat(quote.gross()).isEqualTo(new BigDecimal("11.91"));
    }

    @Test
    void amountsHaveTwoDecimals() {
        Catalog catalog = new Catalog("c", "EUR", new BigDecimal("0.19"), List.of(service("10", "0")));

        PriceQuote quote = PriceCalculator.quote(catalog, "s", "b2-4", 50).orElseThrow();

        assertThat(quote.net()).hasToString("10.00");
        assertThat(quote.vat()).hasToString("1.90");
        assertThat(quote.gross()).hasToString("11.90");
    }

    @Test
    void storageShareIsGbTimesPricePerGb() {
        StorageOptions storage = new StorageOptions(50, 500, 50, new BigDecimal("0.12"));

        assertThat(PriceCalculator.storageMonthlyNet(storage, 150)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("18.00"));
        assertThat(PriceCalculator.storageMonthlyNet(storage, null)).isEmpty();
        assertThat(PriceCalculator.storageMonthlyNet(null, 150)).isEmpty();
    }

    @Test
    void missingStorageCountsAsTheMinimum() {
        assertThat(PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, "b2-4", null))
                .isEqualTo(PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, "b2-4", 50));
    }

    @Test
    void unknownNodeSizeHasNoPrice() {
        assertThat(PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, "b99-1", 50)).isEmpty();
        assertThat(PriceCalculator.quote(TestCatalogs.catalog(), TestCatalogs.SERVICE, null, 50)).isEmpty();
    }

    @Test
    void unknownServiceHasNoPrice() {
        assertThat(PriceCalculator.quote(TestCatalogs.catalog(), "redis", "b2-4", 50)).isEmpty();
        assertThat(PriceCalculator.quote(TestCatalogs.catalog(), null, "b2-4", 50)).isEmpty();
    }

    private static ServiceOffering service(String nodePrice, String perGb) {
        return new ServiceOffering("s", "caching", null, null, null,
                List.of(TestCatalogs.node("b2-4", "b", 2, 4, nodePrice)),
                new StorageOptions(1, 500, 1, new BigDecimal(perGb)), List.of(), 100, List.of(), null);
    }
}
