package de.cloudhub.order.api;

import static de.cloudhub.order.testing.SandboxDemo.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.cloudhub.order.model.Order;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The token seam against the sandbox: a 401 renews the token once and repeats the call once. */
class TokenRenewalTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String STALE = "stale-" + UUID.randomUUID();
    private final List<String> rejected = new CopyOnWriteArrayList<>();

    /** Starts with a token the sandbox refuses; the renewal gives what {@code renew} returns. */
    private ApiClient clientRenewingWith(Function<String, Optional<String>> renew) {
        String[] current = {STALE};
        return new ApiClient(TestConfigs.fast(sandbox.baseUri(), null), BearerTokens.of(() -> Optional.of(current[0]),
                sent -> {
                    rejected.add(sent);
                    Optional<String> fresh = renew.apply(sent);
                    fresh.ifPresent(t -> current[0] = t);
                    return fresh;
                }));
    }

    @Test
    void aGetRefusedWith401IsRepeatedOnceWithTheRenewedToken() {
        try (ApiClient client = clientRenewingWith(sent -> Optional.of(CUSTOMER_TOKEN))) {
            assertThat(client.me().role()).isEqualTo("customer");
            assertThat(client.me().role()).isEqualTo("customer");
        }
        assertThat(rejected).containsExactly(STALE);
    }

    @Test
    void anOrderRefusedWith401IsSentAgainWithItsKeyAndPlacedOnce() {
        var order = sandbox.validOrder();
        UUID key = UUID.randomUUID();
        try (ApiClient client = clientRenewingWith(sent -> Optional.of(CUSTOMER_TOKEN))) {
            Order placed = client.placeOrder(order, key);

            assertThat(placed.id()).isNotBlank();
            assertThat(client.orderByIdempotencyKey(key)).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(placed.id()));
        }
        assertThat(rejected).containsExactly(STALE);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void aSecond401StandsAsSignedOut() {
        try (ApiClient client = clientRenewingWith(sent -> Optional.of("also-unknown-" + UUID.randomUUID()))) {
            assertThatThrownBy(client::me).satisfies(e -> assertThat(ApiFailure.of(e)).isEqualTo(ApiFailure.SIGNED_OUT));
        }
        assertThat(rejected).containsExactly(STALE);
    }

    @Test
    void withoutARenewedTokenThe401StandsAtOnce() {
        try (ApiClient client = clientRenewingWith(sent -> Optional.empty())) {
            assertThatThrownBy(client::me).satisfies(e -> assertThat(ApiFailure.of(e)).isEqualTo(ApiFailure.SIGNED_OUT));
        }
        assertThat(rejected).containsExactly(STALE);
    }

    @Test
    void aRenewalWithoutAnAnswerIsACallWithoutAnAnswerNeverASignOut() {
        try (ApiClient client = clientRenewingWith(sent -> {
            throw new BearerTokens.Unavailable("the sign-in server answered 503", null);
        })) {
            assertThatThrownBy(client::me).satisfies(e -> assertThat(ApiFailure.of(e)).isEqualTo(ApiFailure.UNREACHABLE));
        }
        // the 401 was not taken as the last word: every try asked for a renewal again
        assertThat(rejected).hasSizeGreaterThan(1).containsOnly(STALE);
    }

    @Test
    void aTokenThatCannotBeHadNowIsTriedAgainNeverSentWithoutOne() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        BearerTokens tokens = BearerTokens.of(() -> {
            if (asked.incrementAndGet() == 1) {
                throw new BearerTokens.Unavailable("the sign-in server did not answer", null);
            }
            return Optional.of(CUSTOMER_TOKEN);
        }, sent -> Optional.empty());
        try (ApiClient client = new ApiClient(TestConfigs.fast(sandbox.baseUri(), null), tokens)) {
            // sent without a token the first try would earn a 401 that stands: signed out
            assertThat(client.me().role()).isEqualTo("customer");
        }
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void aFixedTokenIsNeverRenewed() {
        try (ApiClient client = sandbox.client(STALE)) {
            assertThatThrownBy(client::me).satisfies(e -> assertThat(ApiFailure.of(e)).isEqualTo(ApiFailure.SIGNED_OUT));
        }
        try (ApiClient client = sandbox.client(CUSTOMER_TOKEN)) {
            assertThat(client.me().role()).isEqualTo("customer");
        }
    }

    @Test
    void aConfigWithATokenAndRenewingTokensIsRefused() {
        assertThatThrownBy(() -> new ApiClient(TestConfigs.fast(sandbox.baseUri(), CUSTOMER_TOKEN),
                BearerTokens.fixed(CUSTOMER_TOKEN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRenewingClientRefusesToStartWhileHttpHeadersAreLoggedAtDebug() {
        Logger headers = (Logger) LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
        Level before = headers.getLevel();
        headers.setLevel(Level.DEBUG);
        try {
            assertThatThrownBy(() -> clientRenewingWith(sent -> Optional.empty()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("org.apache.hc.client5.http.headers");
            // a client that sends no token at all may still start
            new ApiClient(TestConfigs.fast(sandbox.baseUri(), null), BearerTokens.NONE).close();
        } finally {
            headers.setLevel(before);
        }
    }
}
