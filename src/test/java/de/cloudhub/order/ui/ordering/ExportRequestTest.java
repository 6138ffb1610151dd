package de.cloudhub.order.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.api.ApiRequestExport;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.RecordingDrafts;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.SessionServices;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Export as API request" on the summary: the exported request carries the key the order button
 * uses, so running it and also pressing the button never places two orders.
 */
class ExportRequestTest extends SummaryCheckoutTestBase {
    private static final ObjectMapper JSON = ModelJson.newMapper();

    ExportRequestTest() {
        super(2, true);
    }

    /** Sends the exported request as a script would: its body, its key, the customer's token. */
    private JsonNode run(ApiRequestExport export) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(export.url())
                .header("Authorization", "Bearer " + SandboxDemo.CUSTOMER_TOKEN)
                .header("Idempotency-Key", export.idempotencyKey().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(export.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
        return JSON.readTree(answer.body());
    }

    @Test
    void theExportCreatesTheKeyAndStoresItForThePress() {
        assertThat(state.idempotencyKeyProperty().get()).isNull();

        ApiRequestExport export = vm.exportRequest().orElseThrow();

        assertThat(state.idempotencyKeyProperty().get()).isEqualTo(export.idempotencyKey().toString());
        vm.placeOrder();
        assertThat(sandbox.placed).singleElement().satisfies(order ->
                assertThat(api.orderByIdempotencyKey(export.idempotencyKey())).hasValueSatisfying(
                        byKey -> assertThat(byKey.id()).isEqualTo(order.id())));
    }

    @Test
    void theBodyIsWhatThePressSends() throws Exception {
        ApiRequestExport export = vm.exportRequest().orElseThrow();
        JsonNode body = JSON.readTree(export.body());

        assertThat(body.get("terms").get("accepted").asBoolean()).isTrue();
        assertThat(body.get("terms").get("version").asText()).isEqualTo(state.termsProperty().get().version());
        assertThat(body.get("quotedMonthlyNet").asText()).isEqualTo(state.getPrice().orElseThrow().net().toPlainString());
        assertThat(body).isEqualTo(JSON.valueToTree(state.toDraft().toRequest()));
    }

    @Test
    void runningTheExportAndThenPressingPlacesOneOrder() throws Exception {
        ApiRequestExport export = vm.exportRequest().orElseThrow();

        String viaScript = run(export).get("id").asText();
        vm.placeOrder();

        assertThat(sandbox.placed).extracting(Order::id).containsExactly(viaScript);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void pressingAndThenRunningTheExportGetsTheSameOrderBack() throws Exception {
        ApiRequestExport export = vm.exportRequest().orElseThrow();

        vm.placeOrder();
        String viaScript = run(export).get("id").asText();

        assertThat(sandbox.placed).extracting(Order::id).containsExactly(viaScript);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void afterARefusalAndAnEditTheExportCarriesTheKeyTheNextPressUses() throws Exception {
        state.billingProfileIdProperty().set("bp-unknown-9");
        vm.placeOrder();
        String refusedKey = state.idempotencyKeyProperty().get();
        assertThat(vm.phaseProperty().get()).isEqualTo(OrderSubmission.Phase.REFUSED);
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);

        ApiRequestExport export = vm.exportRequest().orElseThrow();
        assertThat(export.idempotencyKey().toString()).isNotEqualTo(refusedKey);
        String viaScript = run(export).get("id").asText();
        vm.placeOrder();

        assertThat(state.idempotencyKeyProperty().get()).isNull();
        assertThat(sandbox.placed).extracting(Order::id).containsExactly(viaScript);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void anEditAfterTheExportDoesNotGetANewKeySoTheScriptsOrderIsFoundNotDoubled() throws Exception {
        state.billingProfileIdProperty().set("bp-unknown-9");
        vm.placeOrder();
        state.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);
        ApiRequestExport export = vm.exportRequest().orElseThrow();
        String viaScript = run(export).get("id").asText();

        state.referenceProperty().set("PO-changed-after-the-export");
        vm.placeOrder();

        assertThat(sandbox.placed).isEmpty();
        assertThat(sandbox.earlier).extracting(Order::id).containsExactly(viaScript);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void anExportWithoutTheTicksSaysSoInItsBodyAndThePressAfterTickingStillUsesItsKey() throws Exception {
        state.termsAcceptedProperty().set(false);
        ApiRequestExport export = vm.exportRequest().orElseThrow();
        assertThat(JSON.readTree(export.body()).get("terms").get("accepted").asBoolean()).isFalse();

        state.termsAcceptedProperty().set(true);
        vm.placeOrder();

        assertThat(sandbox.placed).singleElement().satisfies(order -> assertThat(
                api.orderByIdempotencyKey(export.idempotencyKey()).map(Order::id)).hasValue(order.id()));
    }

    @Test
    void aPlacedOrderCannotBeExportedAgain() {
        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);

        assertThat(vm.exportEnabledProperty().get()).isFalse();
        assertThat(vm.exportRequest()).isEmpty();
        assertThat(state.idempotencyKeyProperty().get()).isNull();
    }

    @Test
    void theExportedKeyIsStoredWithTheDraftAtOnceSoARestartPressesWithItToo() {
        RecordingDrafts drafts = new RecordingDrafts();
        OrderState own = sandbox.filledState(api);
        OrderSession session = new OrderSession(new SessionServices(api, new DirectTaskRunner(), url -> { },
                sandbox.billing, OrderOutcomes.IGNORED, Runnable::run), own, null, sandbox.navigator, Clock.systemUTC());
        session.autosaveTo(drafts);
        SummaryViewModel summary = new SummaryViewModel(session);

        ApiRequestExport export = summary.exportRequest().orElseThrow();

        assertThat(drafts.now).last().satisfies(saved -> {
            assertThat(saved.idempotencyKey()).isEqualTo(export.idempotencyKey().toString());
            assertThat(saved.order().terms() == null || !saved.order().terms().accepted()).isTrue();
        });
    }

    @Test
    void anExportedKeyIsAKeyTheServerTakes() {
        ApiRequestExport export = vm.exportRequest().orElseThrow();
        assertThat(UUID.fromString(export.idempotencyKey().toString())).isEqualTo(export.idempotencyKey());
        assertThat(vm.exportRequest().orElseThrow().idempotencyKey()).isEqualTo(export.idempotencyKey());
    }
}
