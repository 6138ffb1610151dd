package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.testing.OpenStores;
import de.cloudhub.order.testing.HostileServer;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.ordering.UiThreadTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with 30 000 orders in progress (issue 7: 32 907 requests in 20 s, a window frozen for 17 s).
 * The overview reads them with one conditional request per page, and following them all stays within
 * the watcher's budget of checks. The view-model lives on one stand-in UI thread.
 */
@Timeout(120)
class ManyOpenOrdersTest {
    private static final int ORDERS = 30_000;
    private static final int PAGE = ApiClient.ORDERS_PAGE_LIMIT;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;
    @RegisterExtension
    final OpenStores stores = new OpenStores();
    private final HostileServer server = new HostileServer();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private final AtomicInteger pagesNotModified = new AtomicInteger();
    private final AtomicInteger orderRequests = new AtomicInteger();
    private ApiClient api;
    private UiThreadTaskRunner tasks;
    private ScheduledExecutorService scheduler;
    private OrderWatcher watcher;
    private OrdersOverviewViewModel vm;

    private static String order(int i) {
        Instant created = Instant.parse("2026-05-04T09:00:00Z").minusSeconds(i);
        return "{\"id\":\"ord-" + i + "\",\"customerId\":\"c-1001\",\"status\":\"processing\",\"createdAt\":\""
                + created + "\",\"updatedAt\":\"" + created + "\"}";
    }

    /** Pages of {@link #ORDERS} orders, newest first; the cursor is where the next page starts; ETag per page. */
    private void serveTheOrders() {
        server.on("orders", (request, out) -> {
            pageRequests.incrementAndGet();
            int from = 0;
            int limit = PAGE;
            for (String pair : request.query() == null ? new String[0] : request.query().split("&")) {
                if (pair.startsWith("cursor=")) {
                    from = Integer.parseInt(pair.substring(7));
                } else if (pair.startsWith("limit=")) {
                    limit = Integer.parseInt(pair.substring(6));
                }
            }
            int to = Math.min(ORDERS, from + limit);
            String etag = "\"page-" + from + "-" + to + "\"";
            String next = to < ORDERS ? "Next-Cursor: " + to : "X-Last: yes";
            if (etag.equals(request.header("If-None-Match"))) {
                pagesNotModified.incrementAndGet();
                out.write(HostileServer.head(304, "ETag: " + etag, next));
                return;
            }
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < to; i++) {
                body.append(i == from ? "" : ",").append(order(i));
            }
            byte[] bytes = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
            out.write(HostileServer.head(200, "Content-Type: application/json", "Content-Length: " + bytes.length,
                    "ETag: " + etag, next));
            out.write(bytes);
        });
        server.on("orders/*", (request, out) -> {
            orderRequests.incrementAndGet();
            out.write(HostileServer.head(304, "ETag: \"same\""));
        });
    }

    @BeforeEach
    void setUp() {
        serveTheOrders();
        api = new ApiClient(new ApiConfig(server.baseUri(), "t", Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                Duration.ofMillis(50), "CloudhubOrder/test"));
        tasks = new UiThreadTaskRunner();
        scheduler = OrderTrackingFeature.newScheduler();
        watcher = new OrderWatcher(api, scheduler, tasks::onUiThread, WatchSettings.defaults(), Clock.systemUTC(),
                order -> { });
        FollowedOrdersStore store = stores.followed(dataDir);
        vm = tasks.ui().call(() -> new OrdersOverviewViewModel(api, null, watcher, store, tasks, new I18n(Locale.ENGLISH),
                Clock.systemUTC(), () -> null));
    }

    @AfterEach
    void tearDown() {
        watcher.close();
        scheduler.shutdownNow();
        tasks.close();
        api.close();
        server.close();
    }

    @Test
    void theOverviewReadsThirtyThousandOrdersWithOneRequestPerPage() {
        tasks.ui().run(vm::attach);
        tasks.ui().until("every order listed", WAIT, () -> !vm.isLoading() && vm.getRows().size() == ORDERS);
        assertThat(pageRequests.get()).isEqualTo(ORDERS / PAGE);
        assertThat(vm.getMessage()).isEmpty();
    }

    @Test
    void theUiThreadStaysFreeWhileThirtyThousandOrdersAreHandedToTheWatcher() {
        tasks.ui().run(vm::attach);
        tasks.ui().until("every order listed", WAIT, () -> !vm.isLoading() && vm.getRows().size() == ORDERS);
        // every order handed to the watcher comes back as an update on the UI thread; each rebuilt the
        // whole table (30 000 rows, sorted) before: the thread was busy for minutes, this probe timed out
        assertThat(tasks.ui().call(() -> vm.getRows().size())).isEqualTo(ORDERS);
    }

    @Test
    void aRefreshOfUnchangedPagesCostsOne304PerPage() {
        tasks.ui().run(vm::attach);
        tasks.ui().until("every order listed", WAIT, () -> !vm.isLoading() && vm.getRows().size() == ORDERS);
        tasks.ui().run(vm::refresh);
        tasks.ui().until("the refresh done", WAIT, () -> !vm.isLoading());
        assertThat(pageRequests.get()).isEqualTo(2 * ORDERS / PAGE);
        assertThat(pagesNotModified.get()).isEqualTo(ORDERS / PAGE);
        assertThat(vm.getRows()).hasSize(ORDERS);
    }

    @Test
    void followingThirtyThousandOrdersStaysWithinTheBudgetOfChecks() {
        long start = System.nanoTime();
        tasks.ui().run(vm::attach);
        tasks.ui().until("every order listed", WAIT, () -> !vm.isLoading() && vm.getRows().size() == ORDERS);
        // the UI thread still answers at once while every order is followed
        tasks.ui().until("checks beyond the burst", WAIT, () -> orderRequests.get() >= WatchSettings.DEFAULT_CHECKS_BURST + 10);
        double seconds = (System.nanoTime() - start) / 1e9;
        int allowed = (int) (WatchSettings.DEFAULT_CHECKS_BURST + WatchSettings.DEFAULT_CHECKS_PER_SECOND * seconds) + 2;
        assertThat(orderRequests.get()).isLessThanOrEqualTo(allowed);
        assertThat(watcher.checkCount()).isLessThanOrEqualTo(allowed);
    }
}
