package de.cloudhub.order.api;

import static de.cloudhub.order.testing.SandboxDemo.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.SandboxDemo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one classification of failures ({@link ApiFailure#of}), fed with the exceptions the real client
 * throws against the sandbox and its faults (docs/sandbox-control.md): one test per kind.
 */
class ApiFailureTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    /** One try per call, so a fault that hits once decides the outcome. */
    private static ApiClient oneTry(String token, Duration responseTimeout) {
        return new ApiClient(TestConfigs.with(sandbox.baseUri(), token, 1, Duration.ofMillis(20), responseTimeout));
    }

    private static ApiClient oneTry(String token) {
        return oneTry(token, Duration.ofSeconds(3));
    }

    private static Throwable failureOf(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the call must fail").isNotNull();
        return thrown;
    }

    /** Faults not yet used up; a used-up fault leaves the list, so 0 proves the fault fired. */
    private static int faultsLeft() {
        return sandbox.state().path("faults").size();
    }

    @Test
    void aConnectionClosedWithoutAnswerIsUnreachable() {
        sandbox.fault("GET", "/me", "close-before-store", 1, "");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(client::me))).isEqualTo(ApiFailure.UNREACHABLE);
        }
        assertThat(faultsLeft()).isZero();
    }

    @Test
    void anAnswerSlowerThanTheResponseTimeoutIsATimeout() {
        sandbox.fault("GET", "/me", "delay", 1, "\"delayMillis\":1500");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN, Duration.ofMillis(300))) {
            Throwable failure = failureOf(client::me);

            assertThat(failure).isInstanceOf(ApiTimeoutException.class);
            assertThat(ApiFailure.of(failure)).isEqualTo(ApiFailure.TIMEOUT);
        }
        assertThat(faultsLeft()).isZero();
    }

    @Test
    void aTimeoutStillCountsAsNoAnswerForRetriesAndOrders() {
        ApiTimeoutException timeout = new ApiTimeoutException("x", null);

        assertThat(ApiClient.isAmbiguous(timeout)).isTrue();
        assertThat(ApiClient.isWorthRetrying(timeout)).isTrue();
    }

    @Test
    void tooManyRequestsIsRateLimitedWithTheServersRetryAfter() {
        sandbox.fault("GET", "/me", "http-429", 1, "\"retryAfterSeconds\":7");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            Throwable failure = failureOf(client::me);

            assertThat(ApiFailure.of(failure)).isEqualTo(ApiFailure.RATE_LIMITED);
            assertThat(ApiFailure.retryAfter(failure)).contains(Duration.ofSeconds(7));
        }
        assertThat(faultsLeft()).isZero();
    }

    @Test
    void anUnknownTokenIsSignedOut() {
        try (ApiClient client = oneTry("no-such-token")) {
            assertThat(ApiFailure.of(failureOf(client::me))).isEqualTo(ApiFailure.SIGNED_OUT);
        }
    }

    @Test
    void aCustomerListingCustomersHasNoAccess() {
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(() -> client.customers("a", 5)))).isEqualTo(ApiFailure.NO_ACCESS);
        }
    }

    @Test
    void anUnknownOrderIsNotFound() {
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(() -> client.order("o-does-not-exist"))))
                    .isEqualTo(ApiFailure.NOT_FOUND);
        }
    }

    @Test
    void anOrderWithAFieldProblemIsRefusedWithTheField() {
        OrderRequest tooLong = SandboxDemo.withReference(sandbox.validOrder(), "R".repeat(500));
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            Throwable failure = failureOf(() -> client.placeOrder(tooLong, UUID.randomUUID()));

            assertThat(ApiFailure.of(failure)).isEqualTo(ApiFailure.REFUSED);
            assertThat(((ApiProblemException) failure).errors()).extracting(FieldError::field).contains("reference");
        }
    }

    @Test
    void anOrderQuotingAnOldPriceIsPriceChanged() {
        OrderRequest order = sandbox.validOrder();
        sandbox.control("{\"prices\":{\"nodeSizes\":{\"" + SandboxDemo.NODE_SIZE + "\":\"987.00\"}}}");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(() -> client.placeOrder(order, UUID.randomUUID()))))
                    .isEqualTo(ApiFailure.PRICE_CHANGED);
        }
    }

    @Test
    void theSameKeyWhileItsFirstRequestRunsIsInProgress() {
        OrderRequest order = sandbox.validOrder();
        UUID key = UUID.randomUUID();
        sandbox.fault("POST", "/orders", "delay", 1, "\"delayMillis\":5000");
        try (ApiClient first = oneTry(CUSTOMER_TOKEN, Duration.ofSeconds(10));
             ApiClient second = oneTry(CUSTOMER_TOKEN)) {
            CompletableFuture<?> running = CompletableFuture.runAsync(() -> first.placeOrder(order, key));
            awaitKeyClaimed();

            Throwable failure = failureOf(() -> second.placeOrder(order, key));

            assertThat(ApiFailure.of(failure)).isEqualTo(ApiFailure.IN_PROGRESS);
            running.join();
        }
    }

    @Test
    void aServerFaultIsServerError() {
        sandbox.fault("GET", "/terms", "http-500", 1, "");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(client::terms))).isEqualTo(ApiFailure.SERVER_ERROR);
        }
        assertThat(faultsLeft()).isZero();
    }

    @Test
    void malformedJsonIsABrokenAnswer() {
        sandbox.fault("GET", "/catalog", "malformed-json", 1, "");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(client::catalog))).isEqualTo(ApiFailure.BROKEN_ANSWER);
        }
        assertThat(faultsLeft()).isZero();
    }

    @Test
    void anOversizedAnswerIsABrokenAnswer() {
        sandbox.fault("GET", "/catalog", "oversized-body", 1, "");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            assertThat(ApiFailure.of(failureOf(client::catalog))).isEqualTo(ApiFailure.BROKEN_ANSWER);
        }
        assertThat(faultsLeft()).isZero();
    }

    @Test
    void aFailureHandedOnWrappedInAFutureIsClassifiedByWhatIsInside() {
        sandbox.fault("GET", "/me", "http-429", 1, "\"retryAfterSeconds\":3");
        try (ApiClient client = oneTry(CUSTOMER_TOKEN)) {
            Throwable wrapped = catchThrowable(() -> CompletableFuture.supplyAsync(client::me).join());

            assertThat(wrapped).isInstanceOf(CompletionException.class);
            assertThat(ApiFailure.of(wrapped)).isEqualTo(ApiFailure.RATE_LIMITED);
            assertThat(ApiFailure.retryAfter(wrapped)).contains(Duration.ofSeconds(3));
        }
    }

    @Test
    void anythingElseIsOther() {
        assertThat(ApiFailure.of(new IllegalStateException("a bug"))).isEqualTo(ApiFailure.OTHER);
        assertThat(ApiFailure.retryAfter(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void onlyFailuresThatMayHavePlacedTheOrderAreAmbiguous() {
        assertThat(ApiClient.isAmbiguous(new ApiUnreachableException("x", null))).isTrue();
        assertThat(ApiClient.isAmbiguous(problem(500, null))).isTrue();
        assertThat(ApiClient.isAmbiguous(problem(409, "request-in-progress"))).isTrue();
        assertThat(ApiClient.isAmbiguous(problem(429, "rate-limited"))).isFalse();
        assertThat(ApiClient.isAmbiguous(problem(422, "validation-failed"))).isFalse();
    }

    private static void awaitKeyClaimed() {
        Instant deadline = Instant.now().plus(WAIT);
        while (sandbox.controls().idempotencyKeys() < 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the first request never claimed its key");
            }
            Thread.onSpinWait();
        }
    }

    private static ApiProblemException problem(int status, String code) {
        return new ApiProblemException(status, null, "t", null, code, List.of());
    }
}
