package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.AccountKey;
import de.cloudhub.order.drafts.AccountStore;
import de.cloudhub.order.drafts.CachedDocument;
import de.cloudhub.order.drafts.CachedDocuments;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.UserInfo;
import de.cloudhub.order.testing.TestAccounts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window opens with: the last account of this endpoint and its last draft, before the server answered. */
class StartupTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private static DraftRecord draft(String id) {
        OrderRequest order = new OrderRequest(null, "valkey-8", "a2-8", null, List.of(), false, null, null, null, null,
                null, null);
        return new DraftRecord(id, "", false, null, null, T, T, "page-node-size", DraftState.DRAFT, null, order, null,
                null, null);
    }

    @Test
    void theLastAccountOfThisEndpointOpensWithItsLastDraftAndItsFollowedOrders() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            AccountStore b = store.makeCurrent(TestAccounts.B).join();
            b.drafts().save(draft("d-b")).join();
            b.rememberLastDraft("d-b").join();
            store.makeCurrent(TestAccounts.ELSEWHERE).join();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            Startup read = Startup.read(store, AccountKey.DEMO_ORIGIN, "demo");

            assertThat(read.account()).map(AccountStore::key).contains(TestAccounts.B);
            assertThat(read.lastDraft()).map(DraftRecord::id).contains("d-b");
            assertThat(read.followed().all()).isEmpty();
        }
    }

    @Test
    void aStoreOfTheTimeBeforeAccountsOpensAsTheUserItKeptAndThatUserTakesItsDrafts() throws Exception {
        Me erika = new Me(new UserInfo("u-2001", "Erika Mustermann", "erika@muster.example"), Me.ROLE_CUSTOMER,
                new CustomerRef("c-1001", "K-100231", "Muster GmbH"));
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.documents().put(new CachedDocument("demo|" + CachedDocuments.ME, null,
                    ModelJson.newMapper().writeValueAsString(erika), T)).join();
        }

        try (LocalStore store = LocalStore.open(dataDir)) {
            Startup read = Startup.read(store, AccountKey.DEMO_ORIGIN, "demo");

            assertThat(read.account()).map(AccountStore::key).contains(TestAccounts.A);
            assertThat(store.lastAccount(AccountKey.DEMO_ORIGIN).join()).contains(TestAccounts.A);
        }
    }

    @Test
    void nobodyEverSignedInOnThisEndpointOpensNobodysDrafts() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.makeCurrent(TestAccounts.ELSEWHERE).join();

            Startup read = Startup.read(store, AccountKey.DEMO_ORIGIN, "demo");

            assertThat(read.account()).isEmpty();
            assertThat(read.lastDraft()).isEmpty();
            assertThat(read.followed().all()).isEmpty();
        }
    }
}
