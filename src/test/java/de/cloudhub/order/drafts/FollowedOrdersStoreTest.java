package de.cloudhub.order.drafts;

import de.cloudhub.order.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.ConnectionInfo;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderLinks;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.StatusChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowedOrdersStoreTest {
    @TempDir
    Path dataDir;

    static Order order(String id, String status, Instant created) {
        return new Order(id, "c-1", status, created, created.plusSeconds(5),
                List.of(new StatusChange("new", created), new StatusChange(status, created.plusSeconds(5))),
                new OrderRequest("c-1", "valkey-8", "b2-4", 50, List.of(), false, "DE-NORTH", "volatile-lru", null,
                        null, new BigDecimal("49.90"), "PO-1"),
                new BigDecimal("49.90"), null,
                "DONE".equals(status) ? new ConnectionInfo("h.example", 6380, true) : null,
                new OrderLinks("https://portal.example/o/" + id, "https://portal.example/s?order=" + id));
    }

    @Test
    void remembersOrdersAcrossARestart() {
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore first = new FollowedOrdersStore(store.account(TestAccounts.A));
            first.put(order("o-1", "processing", t));
            first.put(order("o-2", "DONE", t.plusSeconds(60)));
        }

        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore second = new FollowedOrdersStore(store.account(TestAccounts.A));

            assertThat(second.all()).extracting(Order::id).containsExactly("o-2", "o-1");
            assertThat(second.get("o-2")).contains(order("o-2", "DONE", t.plusSeconds(60)));
        }
    }

    @Test
    void remembersWhenEachOrderWasLastSeenAcrossARestart() {
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        Instant seen = Instant.parse("2026-01-02T10:07:30.123Z");
        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore first = new FollowedOrdersStore(store.account(TestAccounts.A));
            first.put(order("o-1", "processing", t), seen);
            first.put(order("o-2", "new", t), null);
        }

        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore second = new FollowedOrdersStore(store.account(TestAccounts.A));

            assertThat(second.seenAt("o-1")).contains(seen);
            assertThat(second.seenAt("o-2")).isEmpty();
            assertThat(second.seenAt("o-unknown")).isEmpty();
        }
    }

    @Test
    void anUnchangedOrderSeenAgainSoonIsNotWrittenAgainButLaterItIs() {
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore followed = new FollowedOrdersStore(store.account(TestAccounts.A));
            followed.put(order("o-1", "processing", t), t);
            followed.update(order("o-1", "processing", t), t.plusSeconds(60));
            assertThat(followed.seenAt("o-1")).contains(t);

            followed.update(order("o-1", "processing", t), t.plus(FollowedOrdersStore.SEEN_PRECISION).plusSeconds(1));
            assertThat(followed.seenAt("o-1")).contains(t.plus(FollowedOrdersStore.SEEN_PRECISION).plusSeconds(1));
        }
    }

    @Test
    void keepsTheNewestStateOfAnOrder() {
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore followed = new FollowedOrdersStore(store.account(TestAccounts.A));
            followed.put(order("o-1", "new", t));
            followed.update(order("o-1", "DONE", t));
        }

        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(new FollowedOrdersStore(store.account(TestAccounts.A)).get("o-1")).map(Order::status).contains("DONE");
        }
    }

    @Test
    void updateIgnoresOrdersThatAreNotFollowed() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore followed = new FollowedOrdersStore(store.account(TestAccounts.A));
            followed.update(order("o-9", "new", Instant.now()));

            assertThat(followed.isFollowed("o-9")).isFalse();
            assertThat(store.account(TestAccounts.A).followedOrders().join()).isEmpty();
        }
    }

    @Test
    void theFollowedOrdersFileOfEarlierVersionsIsImportedAndRenamedNotDeleted() throws IOException {
        Path file = dataDir.resolve("orders").resolve("followed.json");
        Files.createDirectories(file.getParent());
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        LegacyImport.StoredOrders old = new LegacyImport.StoredOrders(1,
                List.of(order("o-1", "processing", t), order("o-2", "DONE", t.plusSeconds(60))));
        String text = de.cloudhub.order.model.ModelJson.newMapper().writeValueAsString(old)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"future\":true");
        Files.writeString(file, text);

        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore followed = new FollowedOrdersStore(store.makeCurrent(TestAccounts.A).join());

            assertThat(followed.all()).extracting(Order::id).containsExactly("o-2", "o-1");
            assertThat(followed.get("o-1")).contains(order("o-1", "processing", t));
        }
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling("followed.json.imported")).hasContent(text);
        try (LocalStore again = LocalStore.open(dataDir)) {
            assertThat(new FollowedOrdersStore(again.makeCurrent(TestAccounts.A).join()).all()).hasSize(2);
        }
    }

    @Test
    void anUnreadableOldFileIsKeptAsBackupAndTheStoreStartsEmpty() throws IOException {
        Path file = dataDir.resolve("orders").resolve("followed.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ this is not json");

        try (LocalStore store = LocalStore.open(dataDir)) {
            FollowedOrdersStore followed = new FollowedOrdersStore(store.account(TestAccounts.A));

            assertThat(followed.all()).isEmpty();
            try (Stream<Path> files = Files.list(file.getParent())) {
                List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith("followed.json.unreadable-"))
                        .toList();
                assertThat(backups).hasSize(1);
                assertThat(Files.readString(backups.get(0))).isEqualTo("{ this is not json");
            }
            followed.put(order("o-1", "new", Instant.now()));
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(new FollowedOrdersStore(store.account(TestAccounts.A)).isFollowed("o-1")).isTrue();
        }
    }
}
