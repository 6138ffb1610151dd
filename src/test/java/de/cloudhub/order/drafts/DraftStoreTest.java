package de.cloudhub.order.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.TrustedSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dataDir;

    private static OrderDraft draft() {
        OrderDraft d = new OrderDraft();
        d.setServiceId("valkey-8");
        d.setNodeSize("b2-4");
        d.setStorageGb(100);
        d.setTrustedSources(List.of(new TrustedSource("203.0.113.7/32", "office")));
        d.setIdempotencyKey("6f1c2c53-0b39-4c55-9a0e-2f7d1c0f3a11");
        d.setQuotedMonthlyNet(new BigDecimal("61.50"));
        return d;
    }

    @Test
    void aKeptOrderComesBackWithItsIdempotencyKey() {
        DraftStore store = new DraftStore(dataDir);
        store.save(draft());

        OrderDraft back = new DraftStore(dataDir).load().orElseThrow();

        assertThat(back.getIdempotencyKey()).isEqualTo("6f1c2c53-0b39-4c55-9a0e-2f7d1c0f3a11");
        assertThat(back.toRequest()).isEqualTo(draft().toRequest());
        assertThat(store.file()).startsWith(dataDir.resolve("drafts"));
    }

    @Test
    void savingLeavesNoTemporaryFiles() throws IOException {
        DraftStore store = new DraftStore(dataDir);
        store.save(draft());
        store.save(draft());
        try (Stream<Path> files = Files.list(dataDir.resolve("drafts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept-order.json");
        }
    }

    @Test
    void noKeptOrderMeansEmpty() {
        assertThat(new DraftStore(dataDir).load()).isEmpty();
    }

    @Test
    void anUnreadableFileIsMovedAsideNotLost() throws IOException {
        DraftStore store = new DraftStore(dataDir);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{ not json");

        assertThat(store.load()).isEmpty();
        assertThat(store.file().resolveSibling("kept-order.json.unreadable")).exists();
        assertThat(store.exists()).isFalse();
    }

    @Test
    void aFileHoldingJsonNullIsMovedAsideNotACrash() throws IOException {
        DraftStore store = new DraftStore(dataDir);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "null");

        assertThat(store.load()).isEmpty();
        assertThat(store.file().resolveSibling("kept-order.json.unreadable")).exists();
    }

    @Test
    void deleteForgetsTheKeptOrder() {
        DraftStore store = new DraftStore(dataDir);
        store.save(draft());
        store.delete();
        assertThat(store.load()).isEmpty();
    }
}
