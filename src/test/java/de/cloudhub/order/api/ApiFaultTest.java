package de.cloudhub.order.api;

import static de.cloudhub.order.testing.SandboxDemo.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every fault the sandbox can inject (docs/sandbox-control.md), and what the client makes of it. */
class ApiFaultTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();
    private OrderRequest order;

    @BeforeEach
    void aValidOrder() {
        order = sandbox.validOrder();
    }

    @Test
    void aConnectionDroppedAfterTheOrderIsStoredIsRetriedIntoExactlyOneOrder() {
        sandbox.fault("POST", "/orders", "close-after-store", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            Order placed = client.placeOrder(order, UUID.randomUUID());

            assertThat(sandbox.ordersOnServer()).isEqualTo(1);
            assertThat(client.orders(null, null)).extracting(Order::id).containsExactly(placed.id());
        }
        assertFired();
    }

    @Test
    void aConnectionDroppedBeforeTheOrderIsStoredIsRetriedIntoExactlyOneOrder() {
        sandbox.fault("POST", "/orders", "close-before-store", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            client.placeOrder(order, UUID.randomUUID());
        }
        assertFired();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void whenEveryTryIsDroppedTheOrderFailsAsAmbiguousAndTheSameKeyLaterGivesTheOneOrder() {
        sandbox.fault("POST", "/orders", "close-after-store", 3, "");
        UUID key = UUID.randomUUID();

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThatThrownBy(() -> client.placeOrder(order, key))
                    .isInstanceOfSatisfying(ApiUnreachableException.class, e -> {
                        assertThat(ApiClient.isAmbiguous(e)).isTrue();
                        assertThat(e.getMessage()).contains("same key");
                    });
            assertThat(sandbox.faultsWaiting()).as("every try met the fault").isZero();
            Order retried = client.placeOrder(order, key);

            assertThat(client.orders(null, null)).extracting(Order::id).containsExactly(retried.id());
        }
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void aSlowOrderAnswerIsRetriedWithTheSameKeyUntilTheOneOrderArrives() {
        sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":900");
        ApiConfig config = TestConfigs.with(sandbox.baseUri(), CUSTOMER_TOKEN, 8, Duration.ofMillis(150),
                Duration.ofMillis(300));

        try (ApiClient client = new ApiClient(config)) {
            Order placed = assertTimeoutPreemptively(NO_HANG, () -> client.placeOrder(order, UUID.randomUUID()));

            assertThat(placed.id()).isNotBlank();
        }
        assertFired();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void aServerErrorOnAGetIsRetriedToSuccess() {
        sandbox.fault("GET", "/catalog", "http-500", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThat(client.catalog().services()).isNotEmpty();
        }
        assertFired();
    }

    @Test
    void aServerErrorOnAnOrderIsRetriedWithTheSameKeyToOneOrder() {
        sandbox.fault("POST", "/orders", "http-500", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            client.placeOrder(order, UUID.randomUUID());
        }
        assertFired();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void unavailableIsRetriedToSuccess() {
        sandbox.fault("GET", "/terms", "http-503", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThat(client.terms().version()).isNotBlank();
        }
        assertFired();
    }

    @Test
    void persistentServerErrorsEndInTheLastProblemAfterMaxAttempts() {
        sandbox.fault("GET", "/me", "http-500", 5, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThatThrownBy(client::me)
                    .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(500);
                        assertThat(ApiClient.isWorthRetrying(p)).isTrue();
                    });
        }
        // three tries used three of the five faults
        assertThat(sandbox.state().path("faults").get(0).path("remaining").asInt()).isEqualTo(2);
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        sandbox.fault("GET", "/me", "http-429", 1, "\"retryAfterSeconds\":1");
        ApiConfig config = TestConfigs.with(sandbox.baseUri(), CUSTOMER_TOKEN, 3, Duration.ofSeconds(5),
                Duration.ofSeconds(3));

        try (ApiClient client = new ApiClient(config)) {
            long start = System.nanoTime();
            client.me();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
        }
        assertFired();
    }

    @Test
    void retryAfterIsCappedAtTheConfiguredMaximum() {
        sandbox.fault("GET", "/me", "http-429", 1, "\"retryAfterSeconds\":30");
        ApiConfig config = TestConfigs.with(sandbox.baseUri(), CUSTOMER_TOKEN, 3, Duration.ofMillis(200),
                Duration.ofSeconds(3));

        try (ApiClient client = new ApiClient(config)) {
            long start = System.nanoTime();
            assertTimeoutPreemptively(NO_HANG, client::me);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
        }
        assertFired();
    }

    @Test
    void rateLimitingThatOutlastsTheTriesCarriesTheServersRetryAfter() {
        sandbox.fault("GET", "/me", "http-429", 2, "\"retryAfterSeconds\":42");
        ApiConfig config = TestConfigs.with(sandbox.baseUri(), CUSTOMER_TOKEN, 2, Duration.ofMillis(20),
                Duration.ofSeconds(3));

        try (ApiClient client = new ApiClient(config)) {
            assertThatThrownBy(client::me).isInstanceOfSatisfying(ApiProblemException.class, p -> {
                assertThat(p.isRateLimited()).isTrue();
                assertThat(p.retryAfter()).contains(Duration.ofSeconds(42));
            });
        }
        assertThat(sandbox.faultsWaiting()).as("both tries met the 429").isZero();
    }

    @Test
    void aRefusalWithoutRetryAfterCarriesNone() {
        try (ApiClient client = sandbox.client("no-such-token")) {
            assertThatThrownBy(client::me).isInstanceOfSatisfying(ApiProblemException.class,
                    p -> assertThat(p.retryAfter()).isEmpty());
        }
    }

    @Test
    void tooManyRequestsOnAnOrderIsRetriedWithTheSameKey() {
        sandbox.fault("POST", "/orders", "http-429", 1, "\"retryAfterSeconds\":1");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            client.placeOrder(order, UUID.randomUUID());
        }
        assertFired();
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAClearProtocolErrorWithoutHanging() {
        sandbox.fault("GET", "/catalog", "malformed-json", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(client::catalog)
                    .isInstanceOf(ApiProtocolException.class)
                    .hasMessageContaining("GET /api/v1/catalog")
                    .hasMessageContaining("not valid JSON"));
        }
        assertFired();
    }

    @Test
    void malformedJsonIsNotRetried() {
        sandbox.fault("GET", "/terms", "malformed-json", 2, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThatThrownBy(client::terms).isInstanceOf(ApiProtocolException.class);
        }
        assertThat(sandbox.state().path("faults").get(0).path("remaining").asInt()).isEqualTo(1);
    }

    @Test
    void anOversizedBodyIsAClearProtocolErrorWithoutHanging() {
        sandbox.fault("GET", "/catalog", "oversized-body", 1, "");

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(client::catalog)
                    .isInstanceOf(ApiProtocolException.class)
                    .hasMessageContaining("too large"));
            assertFired();
            // the pool recovers: the next call works on a fresh connection
            assertThat(client.me().role()).isNotBlank();
        }
    }

    @Test
    void anUnusableAnswerToAnOrderCountsAsAmbiguous() {
        sandbox.fault("POST", "/orders", "malformed-json", 1, "");
        UUID key = UUID.randomUUID();

        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThatThrownBy(() -> client.placeOrder(order, key))
                    .isInstanceOfSatisfying(ApiProtocolException.class,
                            e -> assertThat(ApiClient.isAmbiguous(e)).isTrue());
            assertFired();
            Order again = client.placeOrder(order, key);

            assertThat(client.orders(null, null)).extracting(Order::id).containsExactly(again.id());
        }
    }

    @Test
    void aSlowGetBeyondTheResponseTimeoutIsRetried() {
        sandbox.fault("GET", "/me", "delay", 1, "\"delayMillis\":800");
        ApiConfig config = TestConfigs.with(sandbox.baseUri(), CUSTOMER_TOKEN, 3, Duration.ofMillis(50),
                Duration.ofMillis(300));

        try (ApiClient client = new ApiClient(config)) {
            assertThat(assertTimeoutPreemptively(NO_HANG, client::me).role()).isNotBlank();
        }
        assertFired();
    }

    @Test
    void linksToAnotherOriginAreRecognisable() {
        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            Order placed = client.placeOrder(order, UUID.randomUUID());
            sandbox.fault("GET", "/orders/" + placed.id(), "hostile-links", 1, "");

            Order hostile = client.order(placed.id());
            assertFired();

            assertThat(client.isSameOrigin(java.net.URI.create(placed.links().statusPage()))).isTrue();
            assertThat(client.isSameOrigin(java.net.URI.create(hostile.links().statusPage()))).isFalse();
        }
    }

    /** The injected fault met its request: it is used up and gone from the sandbox's list. */
    private static void assertFired() {
        assertThat(sandbox.faultsWaiting()).as("faults that never met a request").isZero();
    }

    @Test
    void concurrentCallsShareOneClient() throws Exception {
        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            java.util.List<java.util.concurrent.CompletableFuture<Catalog>> calls = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            try {
                for (int i = 0; i < 12; i++) {
                    calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> client.catalog(null).value(), pool));
                }
                for (java.util.concurrent.CompletableFuture<Catalog> call : calls) {
                    assertThat(call.get(10, java.util.concurrent.TimeUnit.SECONDS).services()).isNotEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
