package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDraftJsonTest {

    private static OrderDraft fullDraft() {
        OrderDraft d = TestCatalogs.validDraft();
        d.setCustomerId("c-42");
        d.setMaxmemoryPolicy("allkeys-lru");
        d.setTrustedSources(List.of(new TrustedSource("85.215.1.0/24", "Büro – Köln"),
                new TrustedSource("2a00:1169::/48", null)));
        d.setAllowAllAddresses(true);
        d.setBilling(BillingChoice.newProfile(TestCatalogs.germanProfile()));
        d.setIdempotencyKey("6f1c2a0e-6c8e-4b8a-9d9b-1d2f3e4a5b6c");
        d.setQuotedMonthlyNet(new BigDecimal("171.00"));
        return d;
    }

    @Test
    void roundTripIsLossless() throws IOException {
        OrderDraft original = fullDraft();

        OrderDraft copy = OrderDraftJson.fromJson(OrderDraftJson.toJson(original));

        assertThat(copy).usingRecursiveComparison().isEqualTo(original);
        assertThat(OrderDraftJson.toJson(copy)).isEqualTo(OrderDraftJson.toJson(original));
    }

    @Test
    void emptyDraftRoundTrips() throws IOException {
        OrderDraft copy = OrderDraftJson.fromJson(OrderDraftJson.toJson(new OrderDraft()));

        assertThat(copy).usingRecursiveComparison().isEqualTo(new OrderDraft());
        assertThat(copy.getTrustedSources()).isEmpty();
    }

    @Test
    void moneyIsADecimalStringKeepingItsScale() throws IOException {
        JsonNode tree = ModelJson.newMapper().readTree(OrderDraftJson.toJson(fullDraft()));

        assertThat(tree.get("quotedMonthlyNet").isTextual()).isTrue();
        assertThat(tree.get("quotedMonthlyNet").asText()).isEqualTo("171.00");
        assertThat(OrderDraftJson.fromJson(OrderDraftJson.toJson(fullDraft())).getQuotedMonthlyNet())
                .hasToString("171.00");
    }

    @Test
    void schemaVersionIsWritten() throws IOException {
        JsonNode tree = ModelJson.newMapper().readTree(OrderDraftJson.toJson(new OrderDraft()));

        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(OrderDraft.SCHEMA_VERSION);
    }

    @Test
    void unknownFieldsOfNewerVersionsAreIgnored() throws IOException {
        String newer = """
                {"schemaVersion": 7, "serviceId": "valkey-8", "futureField": {"a": [1, 2]},
                 "trustedSources": [{"cidr": "85.215.1.10", "description": "x", "tags": ["new"]}],
                 "billing": {"profileId": "bp-1", "paymentTerms": 30},
                 "terms": {"version": "2024-06", "accepted": true, "acceptedAt": "2025-01-01T00:00:00Z"}}
                """;

        OrderDraft draft = OrderDraftJson.fromJson(newer);

        assertThat(draft.getSchemaVersion()).isEqualTo(7);
        assertThat(draft.getServiceId()).isEqualTo("valkey-8");
        assertThat(draft.getTrustedSources()).containsExactly(new TrustedSource("85.215.1.10", "x"));
        assertThat(draft.getBilling()).isEqualTo(BillingChoice.existing("bp-1"));
        assertThat(draft.getTerms()).isEqualTo(new TermsAcceptance("2024-06", true));
    }

    @Test
    void moneyWrittenAsJsonNumberIsStillRead() throws IOException {
        OrderDraft draft = OrderDraftJson.fromJson("{\"quotedMonthlyNet\": 171.10}");

        assertThat(draft.getQuotedMonthlyNet()).isEqualTo(new BigDecimal("171.10"));
    }

    @Test
    void damagedJsonIsAnIoException() {
        assertThatThrownBy(() -> OrderDraftJson.fromJson("{\"serviceId\": ")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> OrderDraftJson.fromJson("null")).isInstanceOf(IOException.class);
    }

    @Test
    void requestCarriesEveryOrderField() {
        OrderDraft draft = fullDraft();

        OrderDraft back = OrderDraft.fromRequest(draft.toRequest());
        back.setIdempotencyKey(draft.getIdempotencyKey());

        assertThat(back).usingRecursiveComparison().isEqualTo(draft);
    }
}
