package de.cloudhub.order.drafts;

import static de.cloudhub.order.drafts.TestDrafts.T0;
import static de.cloudhub.order.drafts.TestDrafts.connect;
import static de.cloudhub.order.drafts.TestDrafts.dbFile;
import static de.cloudhub.order.drafts.TestDrafts.full;
import static de.cloudhub.order.drafts.TestDrafts.query;
import static de.cloudhub.order.drafts.TestDrafts.simple;
import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.testing.TestAccounts;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, followed orders and kept customer data belong to one account; what was there before goes to the first. */
class AccountStoreTest {
    private static final AccountKey A = TestAccounts.A;
    private static final AccountKey B = TestAccounts.B;
    private static final BillingProfile PROFILE = new BillingProfile("bp-1", "Main", "Muster GmbH", "Musterstraße 1",
            "20095", "Hamburg", "DE", "rechnung@muster.example", "DE123456789");
    private static final CustomerRef MUSTER = new CustomerRef("c-1001", "K-100231", "Muster GmbH");

    @TempDir
    Path dataDir;

    /**
     * A database as the version before accounts left it (schema 2): a draft (the last one), a followed order, the
     * billing profiles and customers kept for the demo and for another endpoint.
     */
    private void storeOfTheTimeBeforeAccounts() throws Exception {
        LocalStore.open(dataDir, StoreOptions.defaults().withMigrations(Migration.ALL.subList(0, 2))).close();
        try (Connection c = connect(dbFile(dataDir))) {
            assertThat(DatabaseOpener.userVersion(c)).isEqualTo(2);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO drafts (id, title, title_by_person, "
                    + "created_at, updated_at, page_id, state, idempotency_key, order_json) "
                    + "VALUES (?, 'old draft', 0, ?, ?, 'page-region', ?, ?, ?)")) {
                for (String[] row : List.of(new String[] {"d-old", "DRAFT", null},
                        new String[] {"d-sent", "OUTCOME_UNKNOWN", "6f1c2a56-3f3c-4c55-9a59-2b3f4b3c1a01"})) {
                    insert.setString(1, row[0]);
                    insert.setString(2, LocalStore.sortable(T0));
                    insert.setString(3, LocalStore.sortable(T0));
                    insert.setString(4, row[1]);
                    insert.setString(5, row[2]);
                    insert.setString(6, ModelJson.newMapper().writeValueAsString(full(row[0]).order()));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO followed_orders (order_id, order_json, created_at, seen_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, "o-1");
                insert.setString(2, ModelJson.newMapper().writeValueAsString(FollowedOrdersStoreTest.order("o-1", "DONE", T0)));
                insert.setString(3, LocalStore.sortable(T0));
                insert.setString(4, LocalStore.sortable(T0));
                insert.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO settings (key, value) VALUES ('last-draft-id', 'd-old')");
                String profiles = ModelJson.newMapper().writeValueAsString(List.of(PROFILE)).replace("'", "''");
                String customers = ModelJson.newMapper().writeValueAsString(List.of(MUSTER)).replace("'", "''");
                String at = LocalStore.sortable(T0);
                s.executeUpdate("INSERT INTO cached_documents (key, body, fetched_at) VALUES "
                        + "('demo|billing-profiles:c-1001', '" + profiles + "', '" + at + "'), "
                        + "('demo|customers', '" + customers + "', '" + at + "'), "
                        + "('https://api.example/api/v1/|customers', '" + customers + "', '" + at + "'), "
                        + "('demo|catalog', '{}', '" + at + "')");
            }
        }
    }

    @Test
    void whatWasKeptBeforeAccountsGoesToTheFirstAccountMadeCurrentAndNeverToASecond() throws Exception {
        storeOfTheTimeBeforeAccounts();

        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.account(A).drafts().all().join()).as("unclaimed: nobody's yet").isEmpty();
            AccountStore first = store.makeCurrent(A).join();

            assertThat(first.drafts().all().join()).extracting(DraftRecord::id).containsExactlyInAnyOrder("d-old", "d-sent");
            assertThat(first.lastDraft().join()).map(DraftRecord::id).contains("d-old");
            assertThat(first.followedOrders().join()).extracting(f -> f.order().id()).containsExactly("o-1");
            BillingCache billing = first.billingCache(Clock.fixed(T0, ZoneOffset.UTC));
            assertThat(billing.profiles("c-1001")).map(SeenList::items).contains(List.of(PROFILE));
            assertThat(billing.customers()).map(SeenList::items).contains(List.of(MUSTER));
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            AccountStore second = store.makeCurrent(B).join();

            assertThat(second.drafts().all().join()).isEmpty();
            assertThat(second.lastDraft().join()).isEmpty();
            assertThat(second.followedOrders().join()).isEmpty();
            assertThat(second.billingCache(Clock.systemUTC()).customers()).isEmpty();
            assertThat(store.makeCurrent(A).join().drafts().all().join()).hasSize(2);
        }
        assertThat(query(dbFile(dataDir), "SELECT value FROM settings WHERE key = '" + Settings.UNOWNED_CLAIMED_BY + "'"))
                .isEqualTo(A.id());
        assertThat(query(dbFile(dataDir), "SELECT count(*) FROM drafts WHERE account IS NULL")).isEqualTo("0");
        assertThat(query(dbFile(dataDir), "SELECT count(*) FROM cached_documents WHERE key LIKE 'https://api.example%'"))
                .as("another endpoint's kept list: nobody can claim it any more").isEqualTo("0");
        assertThat(query(dbFile(dataDir), "SELECT count(*) FROM cached_documents WHERE key = 'demo|catalog'"))
                .as("the catalog is the endpoint's, not a person's").isEqualTo("1");
    }

    @Test
    void theFirstAccountClaimsOnlyOnceEvenWhenSomethingWithoutAnAccountAppearsLater() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.makeCurrent(B).join();
        }
        storeOfTheTimeBeforeAccountsRowsOnly();
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.makeCurrent(A).join().drafts().all().join()).isEmpty();
            assertThat(store.makeCurrent(B).join().drafts().all().join()).isEmpty();
        }
    }

    /** A row without an account, put in past the store (as a file of that time imported by hand would be). */
    private void storeOfTheTimeBeforeAccountsRowsOnly() throws Exception {
        try (Connection c = connect(dbFile(dataDir)); PreparedStatement insert = c.prepareStatement(SqliteDrafts.UPSERT)) {
            SqliteDrafts.bind(insert, simple("d-stray", T0, "stray"), ModelJson.newMapper().writeValueAsString(
                    simple("d-stray", T0, "stray").order()), null);
            insert.executeUpdate();
        }
    }

    @Test
    void anotherAccountSeesNoneOfTheDraftsNotEvenThoseNotWrittenYet() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            DraftRepository mine = store.account(A).drafts();
            DraftRepository theirs = store.account(B).drafts();
            mine.save(full("d-1")).join();
            mine.saveSoon(simple("d-2", T0.plusSeconds(5), "pending"));

            for (DraftRepository other : List.of(theirs, store.account(TestAccounts.ELSEWHERE).drafts())) {
                assertThat(other.all().join()).isEmpty();
                assertThat(other.newest(50).join()).isEmpty();
                assertThat(other.inStates(EnumSet.allOf(DraftState.class)).join()).isEmpty();
                assertThat(other.get("d-1").join()).isEmpty();
                assertThat(other.get("d-2").join()).isEmpty();
            }
            theirs.delete("d-1").join();
            assertThat(mine.all().join()).extracting(DraftRecord::id).containsExactlyInAnyOrder("d-1", "d-2");
            assertThat(mine.inStates(EnumSet.of(DraftState.OUTCOME_UNKNOWN)).join()).extracting(DraftRecord::id)
                    .containsExactly("d-1");
        }
    }

    @Test
    void theSameOrderFollowedByTwoAccountsIsTwoRowsAndEachSeesOnlyItsOwn() {
        Order forA = FollowedOrdersStoreTest.order("o-1", "DONE", T0);
        Order forB = FollowedOrdersStoreTest.order("o-1", "processing", T0);
        try (LocalStore store = LocalStore.open(dataDir)) {
            new FollowedOrdersStore(store.account(A)).put(forA);
            new FollowedOrdersStore(store.account(B)).put(forB);
            store.account(A).putFollowedOrder(new FollowedOrder(FollowedOrdersStoreTest.order("o-2", "DONE", T0), T0));
            store.flush().join();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(new FollowedOrdersStore(store.account(A)).all()).containsExactlyInAnyOrder(forA,
                    FollowedOrdersStoreTest.order("o-2", "DONE", T0));
            assertThat(new FollowedOrdersStore(store.account(B)).all()).containsExactly(forB);
            assertThat(new FollowedOrdersStore(store.account(TestAccounts.ELSEWHERE)).all()).isEmpty();
        }
    }

    @Test
    void theLastAccountIsRememberedPerEndpointWithItsLastDraftAndForgottenAtSignOut() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            AccountStore a = store.makeCurrent(A).join();
            a.drafts().save(full("d-a")).join();
            a.rememberLastDraft("d-a").join();
            AccountStore b = store.makeCurrent(B).join();
            b.drafts().save(full("d-b")).join();
            b.rememberLastDraft("d-b").join();
            store.makeCurrent(TestAccounts.ELSEWHERE).join();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.lastAccount(AccountKey.DEMO_ORIGIN).join()).contains(B);
            assertThat(store.lastAccount("https://api.example").join()).contains(TestAccounts.ELSEWHERE);
            assertThat(store.lastAccount("https://other.example").join()).isEmpty();
            assertThat(store.account(A).lastDraft().join()).map(DraftRecord::id).contains("d-a");
            assertThat(store.account(B).lastDraft().join()).map(DraftRecord::id).contains("d-b");

            store.forgetLastAccount(AccountKey.DEMO_ORIGIN).join();
            assertThat(store.lastAccount(AccountKey.DEMO_ORIGIN).join()).isEmpty();
            assertThat(store.lastAccount("https://api.example").join()).contains(TestAccounts.ELSEWHERE);
        }
    }

    @Test
    void theDraftsViewsFirstRowsAreOneIndexedQueryOfTheAccount() throws Exception {
        LocalStore.open(dataDir).close();
        List<String> plan = new ArrayList<>();
        try (Connection c = connect(dbFile(dataDir)); PreparedStatement explain = c.prepareStatement(
                "EXPLAIN QUERY PLAN SELECT * FROM drafts WHERE account = ? ORDER BY updated_at DESC, id LIMIT 50")) {
            explain.setString(1, A.id());
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("detail"));
                }
            }
        }
        assertThat(plan).as(plan.toString()).anyMatch(step -> step.contains("INDEX drafts_by_account (account=?)"))
                .noneMatch(step -> step.contains("TEMP B-TREE"));
    }

    @Test
    void anAccountIsTheApisOriginAndTheUserWhateverPortTheDemoHas() {
        assertThat(AccountKey.endpoint(true, URI.create("http://127.0.0.1:40123/api/v1"))).isEqualTo("demo");
        assertThat(AccountKey.originOf(URI.create("HTTPS://API.Example:443/api/v1/"))).isEqualTo("https://api.example");
        assertThat(AccountKey.originOf(URI.create("http://127.0.0.1:8080/api/v1"))).isEqualTo("http://127.0.0.1:8080");
        assertThat(AccountKey.originOf(URI.create("http://[::1]:8080/api/v1"))).isEqualTo("http://[::1]:8080");
        AccountKey odd = new AccountKey("https://api.example", "user with spaces|and bars");
        assertThat(AccountKey.parse(odd.id())).contains(odd);
        assertThat(AccountKey.parse("nonsense")).isEmpty();
        assertThat(AccountKey.of("demo", new de.cloudhub.order.model.Me(null, "customer", null))).isEmpty();
    }
}
