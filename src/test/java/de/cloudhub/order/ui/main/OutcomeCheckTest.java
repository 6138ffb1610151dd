package de.cloudhub.order.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.RecordingDrafts;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drafts sent without an answer are settled by looking up their key, once the server answers. */
class OutcomeCheckTest {
    private final CheckoutSandbox sandbox = new CheckoutSandbox();
    private final ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
    private final RecordingDrafts drafts = new RecordingDrafts();
    private final Map<String, Order> settled = new LinkedHashMap<>();

    @AfterEach
    void close() {
        api.close();
        sandbox.close();
    }

    private DraftRecord draft(DraftState state, String key, OrderRequest order) {
        Instant now = Instant.now();
        return new DraftRecord(UUID.randomUUID().toString(), "t", false, order.customerId(), null, now, now,
                "page-summary", state, null, order, key, null, null);
    }

    @Test
    void aDraftWhoseOrderExistsBecomesOrderedAndOneWithoutBecomesADraftAgain() {
        OrderRequest request = SandboxDemo.validOrder(api.catalog(), api.terms().version());
        UUID placedKey = UUID.randomUUID();
        Order placed = api.placeOrder(request, placedKey);
        DraftRecord sentAndPlaced = draft(DraftState.SENDING, placedKey.toString(), request);
        DraftRecord sentNotPlaced = draft(DraftState.OUTCOME_UNKNOWN, UUID.randomUUID().toString(), request);
        DraftRecord plain = draft(DraftState.DRAFT, UUID.randomUUID().toString(), request);
        drafts.save(sentAndPlaced);
        drafts.save(sentNotPlaced);
        drafts.save(plain);

        new OutcomeCheck(drafts, api, new DirectTaskRunner(), (d, order) -> settled.put(d.id(), order)).run();

        assertThat(settled).containsOnlyKeys(sentAndPlaced.id(), sentNotPlaced.id());
        assertThat(settled.get(sentAndPlaced.id()).id()).isEqualTo(placed.id());
        assertThat(settled.get(sentNotPlaced.id())).isNull();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void withoutAnAnswerTheDraftStaysUnsettled() {
        OrderRequest request = SandboxDemo.validOrder(api.catalog(), api.terms().version());
        drafts.save(draft(DraftState.OUTCOME_UNKNOWN, UUID.randomUUID().toString(), request));
        sandbox.fault("GET", "/orders", "http-500", 10, "");

        new OutcomeCheck(drafts, api, new DirectTaskRunner(), (d, order) -> settled.put(d.id(), order)).run();

        assertThat(settled).isEmpty();
    }

    @Test
    void onlyTheDraftsSentWithoutAnAnswerAreRead() {
        OrderRequest request = SandboxDemo.validOrder(api.catalog(), api.terms().version());
        DraftRecord sent = draft(DraftState.OUTCOME_UNKNOWN, UUID.randomUUID().toString(), request);
        drafts.save(sent);
        drafts.save(draft(DraftState.DRAFT, UUID.randomUUID().toString(), request));
        de.cloudhub.order.drafts.DraftRepository noFullReads = new de.cloudhub.order.drafts.DraftRepository() {
            @Override
            public java.util.concurrent.CompletableFuture<java.util.List<DraftRecord>> all() {
                // reading every one of 10 000 drafts at each connection holds up the autosaves behind it
                throw new AssertionError("every draft was read");
            }

            @Override
            public java.util.concurrent.CompletableFuture<java.util.List<DraftRecord>> inStates(
                    java.util.Set<DraftState> states) {
                return drafts.inStates(states);
            }

            @Override
            public java.util.concurrent.CompletableFuture<java.util.Optional<DraftRecord>> get(String id) {
                return drafts.get(id);
            }

            @Override
            public void saveSoon(DraftRecord draft) {
                drafts.saveSoon(draft);
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> save(DraftRecord draft) {
                return drafts.save(draft);
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> delete(String id) {
                return drafts.delete(id);
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> flush() {
                return drafts.flush();
            }
        };

        new OutcomeCheck(noFullReads, api, new DirectTaskRunner(), (d, order) -> settled.put(d.id(), order)).run();

        assertThat(settled).containsOnlyKeys(sent.id());
    }
}
