package de.cloudhub.order.drafts;

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
        FollowedOrdersStore first = new FollowedOrdersStore(dataDir);
        first.put(order("o-1", "processing", t));
        first.put(order("o-2", "DONE", t.plusSeconds(60)));

        FollowedOrdersStore second = new FollowedOrdersStore(dataDir);

        assertThat(second.all()).extracting(Order::id).containsExactly("o-2", "o-1");
        assertThat(second.get("o-2")).contains(order("o-2", "DONE", t.plusSeconds(60)));
        assertThat(second.file()).isEqualTo(dataDir.resolve("orders").resolve("followed.json"));
    }

    @Test
    void keepsTheNewestStateOfAnOrder() {
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        FollowedOrdersStore store = new FollowedOrdersStore(dataDir);
        store.put(order("o-1", "new", t));
        store.update(order("o-1", "DONE", t));

        assertThat(new FollowedOrdersStore(dataDir).get("o-1")).map(Order::status).contains("DONE");
    }

    @Test
    void updateIgnoresOrdersThatAreNotFollowed() {
        FollowedOrdersStore store = new FollowedOrdersStore(dataDir);
        store.update(order("o-9", "new", Instant.now()));

        assertThat(store.isFollowed("o-9")).isFalse();
        assertThat(Files.exists(store.file())).isFalse();
    }

    @Test
    void unreadableFileIsKeptAsBackupAndTheStoreStartsEmpty() throws IOException {
        Path file = dataDir.resolve("orders").resolve("followed.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ this is not json");

        FollowedOrdersStore store = new FollowedOrdersStore(dataDir);

        assertThat(store.all()).isEmpty();
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith("followed.json.unreadable-"))
                    .toList();
            assertThat(backups).hasSize(1);
            assertThat(Files.readString(backups.get(0))).isEqualTo("{ this is not json");
        }
        store.put(order("o-1", "new", Instant.now()));
        assertThat(new FollowedOrdersStore(dataDir).isFollowed("o-1")).isTrue();
    }

    @Test
    void writingLeavesNoTemporaryFilesBehind() throws IOException {
        FollowedOrdersStore store = new FollowedOrdersStore(dataDir);
        store.put(order("o-1", "new", Instant.now()));
        store.put(order("o-2", "new", Instant.now()));

        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("followed.json");
        }
    }

    @Test
    void fileCarriesASchemaVersionAndIgnoresUnknownFields() throws IOException {
        FollowedOrdersStore store = new FollowedOrdersStore(dataDir);
        store.put(order("o-1", "new", Instant.parse("2026-01-02T10:00:00Z")));
        String json = Files.readString(store.file());
        assertThat(json).contains("\"schemaVersion\" : 1");

        Files.writeString(store.file(), json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"future\" : true"));
        assertThat(new FollowedOrdersStore(dataDir).isFollowed("o-1")).isTrue();
    }
}
