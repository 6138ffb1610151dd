package de.cloudhub.order.app;

import de.cloudhub.order.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.SandboxDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo mode across a restart: the embedded sandbox keeps its orders and their Idempotency-Keys in
 * its own file below the data folder, so a restarted demo still knows them.
 */
class DemoRestartTest {
    @TempDir
    Path dataDir;

    AppContext demo() {
        AppOptions.ParseResult parsed = AppOptions.parse(List.of("--sandbox", "--data-dir", dataDir.toString()), Map.of());
        assertThat(parsed.error()).isNull();
        return AppContext.open(parsed.options());
    }

    static OrderRequest validOrder(ApiClient api) {
        return SandboxDemo.validOrder(api.catalog(), api.terms().version());
    }

    @Test
    void aRestartedDemoStillKnowsTheOrderPlacedBefore() {
        Order placed;
        try (AppContext before = demo()) {
            placed = before.api().placeOrder(validOrder(before.api()), UUID.randomUUID());
        }

        try (AppContext after = demo()) {
            Order known = after.api().order(placed.id());

            assertThat(known.id()).isEqualTo(placed.id());
            assertThat(known.request().reference()).isEqualTo(SandboxDemo.REFERENCE);
            assertThat(known.links().supportTicket()).startsWith(after.baseUrl().resolve("/").toString());
        }
    }

    @Test
    void aRestartedDemoAnswersTheSameKeyWithTheOrderItCreatedInsteadOfASecondOne() {
        UUID key = UUID.randomUUID();
        Order placed;
        OrderRequest request;
        try (AppContext before = demo()) {
            request = validOrder(before.api());
            placed = before.api().placeOrder(request, key);
        }

        try (AppContext after = demo()) {
            Order again = after.api().placeOrder(request, key);

            assertThat(again.id()).isEqualTo(placed.id());
            assertThat(after.api().orders(null, null)).extracting(Order::id).containsExactly(placed.id());
        }
    }

    @Test
    void anOrderInProgressAtTheRestartGoesOnToItsEnd() {
        Order placed;
        try (AppContext before = demo()) {
            placed = before.api().placeOrder(validOrder(before.api()), UUID.randomUUID());
        }

        try (AppContext after = demo()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!after.api().order(placed.id()).parsedStatus().isTerminal()) {
                assertThat(System.nanoTime()).as("the order to finish after the restart").isLessThan(deadline);
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
    }

    @Test
    void theSandboxKeepsItsStateInItsOwnFileBelowTheDataFolderNotInTheAppsStores() throws Exception {
        try (AppContext demo = demo()) {
            demo.api().placeOrder(validOrder(demo.api()), UUID.randomUUID());

            Path own = dataDir.resolve(AppContext.SANDBOX_STATE);
            assertThat(own).isRegularFile();
            assertThat(Files.readString(own)).contains(SandboxDemo.REFERENCE);
            assertThat(demo.store().account(TestAccounts.A).followedOrders().join()).isEmpty();
            assertThat(demo.store().account(TestAccounts.A).drafts().all().join()).isEmpty();
        }
    }
}
