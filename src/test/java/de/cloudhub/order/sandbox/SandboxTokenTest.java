package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.RawHttp.CUSTOMER;
import static de.cloudhub.order.sandbox.RawHttp.OTHER_CUSTOMER;
import static de.cloudhub.order.sandbox.RawHttp.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.TestBrowser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's token and revocation endpoints and the API's acceptance of their tokens (docs/api.md, "Sign-in"). */
class SandboxTokenTest extends SandboxTestBase {
    private SignInCalls signIn;

    @BeforeEach
    void newClient() {
        signIn = new SignInCalls(origin());
    }

    @Test
    void codeIsExchangedForBearerTokensThatNoCacheKeeps() {
        HttpResponse<String> answer = signIn.exchange(signIn.codeFor(TestBrowser.CUSTOMER));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("Pragma")).hasValue("no-cache");
        JsonNode body = signIn.json(answer);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(300);
        assertThat(body.path("access_token").asText()).matches("[A-Za-z0-9_-]{43,}");
        assertThat(body.path("refresh_token").asText()).matches("[A-Za-z0-9_-]{43,}")
                .isNotEqualTo(body.path("access_token").asText());
    }

    @Test
    void apiAcceptsTheAccessTokenOfEachDemoUser() {
        JsonNode customer = signIn.json(signIn.me(signIn.signIn(TestBrowser.CUSTOMER).access()));
        JsonNode other = signIn.json(signIn.me(new SignInCalls(origin()).signIn(TestBrowser.OTHER_CUSTOMER).access()));
        JsonNode sales = signIn.json(signIn.me(new SignInCalls(origin()).signIn(TestBrowser.SALES).access()));

        assertThat(customer.at("/user/id").asText()).isEqualTo("u-2001");
        assertThat(customer.at("/customer/id").asText()).isEqualTo("c-1001");
        assertThat(other.at("/customer/id").asText()).isEqualTo("c-1002");
        assertThat(sales.path("role").asText()).isEqualTo("sales");
    }

    @Test
    void issuedTokenSeesWhatTheDemoTokenOfItsUserSees() {
        String access = signIn.signIn(TestBrowser.CUSTOMER).access();

        HttpResponse<String> withIssued = http.get("/customers/c-1001/billing-profiles", access);
        HttpResponse<String> foreign = http.get("/customers/c-1002/billing-profiles", access);

        assertThat(withIssued.statusCode()).isEqualTo(200);
        assertThat(withIssued.body()).isEqualTo(http.get("/customers/c-1001/billing-profiles", CUSTOMER).body());
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void demoTokensStillWork() {
        assertThat(http.get("/me", CUSTOMER).statusCode()).isEqualTo(200);
        assertThat(http.get("/me", OTHER_CUSTOMER).statusCode()).isEqualTo(200);
        assertThat(http.get("/me", SALES).statusCode()).isEqualTo(200);
        assertThat(http.get("/me", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongVerifierIsInvalidGrantAndUsesTheCodeUp() {
        String code = signIn.codeFor(TestBrowser.CUSTOMER);

        HttpResponse<String> wrong = signIn.exchange(code, SignInCalls.randomText(48));
        HttpResponse<String> thenRight = signIn.exchange(code);

        assertInvalidGrant(wrong);
        assertInvalidGrant(thenRight);
    }

    @Test
    void reusedCodeIsInvalidGrantAndRevokesItsTokens() {
        String code = signIn.codeFor(TestBrowser.CUSTOMER);
        SignInCalls.Tokens first = signIn.tokens(signIn.exchange(code));

        HttpResponse<String> again = signIn.exchange(code);

        assertInvalidGrant(again);
        assertThat(signIn.me(first.access()).statusCode()).isEqualTo(401);
        assertInvalidGrant(signIn.refresh(first.refresh()));
    }

    @Test
    void expiredCodeIsInvalidGrant() {
        http.control("{\"tokenLifetimes\":{\"codeMillis\":0}}");
        String code = signIn.codeFor(TestBrowser.CUSTOMER);

        assertInvalidGrant(signIn.exchange(code));
    }

    @Test
    void redirectUriMustBeTheOneOfTheAuthorization() {
        String code = signIn.codeFor(TestBrowser.CUSTOMER);

        HttpResponse<String> answer = signIn.postForm("/oauth/token", "grant_type", "authorization_code",
                "code", code, "redirect_uri", "http://127.0.0.1:49152/callback", "code_verifier", signIn.verifier,
                "client_id", SignInCalls.CLIENT_ID);

        assertInvalidGrant(answer);
    }

    @Test
    void refreshRotatesBothTokens() {
        SignInCalls.Tokens first = signIn.signIn(TestBrowser.SALES);

        SignInCalls.Tokens second = signIn.tokens(signIn.refresh(first.refresh()));

        assertThat(second.access()).isNotEqualTo(first.access());
        assertThat(second.refresh()).isNotEqualTo(first.refresh());
        assertThat(signIn.json(signIn.me(second.access())).path("role").asText()).isEqualTo("sales");
        SignInCalls.Tokens third = signIn.tokens(signIn.refresh(second.refresh()));
        assertThat(signIn.me(third.access()).statusCode()).isEqualTo(200);
    }

    @Test
    void reusedRefreshTokenIsInvalidGrantAndRevokesTheWholeFamily() {
        SignInCalls.Tokens first = signIn.signIn(TestBrowser.CUSTOMER);
        SignInCalls.Tokens second = signIn.tokens(signIn.refresh(first.refresh()));
        SignInCalls.Tokens unrelated = new SignInCalls(origin()).signIn(TestBrowser.CUSTOMER);

        HttpResponse<String> replay = signIn.refresh(first.refresh());

        assertInvalidGrant(replay);
        assertThat(signIn.me(first.access()).statusCode()).isEqualTo(401);
        assertThat(signIn.me(second.access()).statusCode()).isEqualTo(401);
        assertInvalidGrant(signIn.refresh(second.refresh()));
        assertThat(signIn.me(unrelated.access()).statusCode()).isEqualTo(200);
    }

    @Test
    void ofRefreshesWithTheSameTokenAtOnceOnlyOneWins() {
        SignInCalls.Tokens tokens = signIn.signIn(TestBrowser.CUSTOMER);
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> racing = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return signIn.refresh(tokens.refresh()).statusCode();
                    }, threads)).toList();

            List<Integer> statuses = racing.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 400);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void unknownRefreshTokenIsInvalidGrant() {
        assertInvalidGrant(signIn.refresh(SignInCalls.randomText(32)));
    }

    @Test
    void expiredAccessTokenAnswers401AndRefreshStillWorks() {
        controls().tokenLifetimes(0, -1, -1);
        SignInCalls.Tokens tokens = signIn.signIn(TestBrowser.CUSTOMER);

        HttpResponse<String> expired = signIn.me(tokens.access());

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cloudhub\"");
        assertThat(tokens.body().path("expires_in").asLong()).isZero();
        controls().tokenLifetimes(60_000, -1, -1);
        assertThat(signIn.me(signIn.tokens(signIn.refresh(tokens.refresh())).access()).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredRefreshTokenIsInvalidGrant() {
        http.control("{\"tokenLifetimes\":{\"refreshMillis\":0}}");
        SignInCalls.Tokens tokens = signIn.signIn(TestBrowser.CUSTOMER);

        assertInvalidGrant(signIn.refresh(tokens.refresh()));
    }

    @Test
    void controlCanEndAccessTokensAtOnce() {
        SignInCalls.Tokens tokens = signIn.signIn(TestBrowser.CUSTOMER);

        controls().expireAccessTokens();

        assertThat(signIn.me(tokens.access()).statusCode()).isEqualTo(401);
        assertThat(signIn.me(signIn.tokens(signIn.refresh(tokens.refresh())).access()).statusCode()).isEqualTo(200);
    }

    @Test
    void controlCanRevokeEveryTokenOfOneUser() {
        SignInCalls.Tokens customer = signIn.signIn(TestBrowser.CUSTOMER);
        SignInCalls.Tokens sales = new SignInCalls(origin()).signIn(TestBrowser.SALES);
        assertThat(controls().liveRefreshTokens()).isEqualTo(2);

        controls().revokeTokensOf(TestBrowser.CUSTOMER);

        assertThat(signIn.me(customer.access()).statusCode()).isEqualTo(401);
        assertInvalidGrant(signIn.refresh(customer.refresh()));
        assertThat(signIn.me(sales.access()).statusCode()).isEqualTo(200);
        assertThat(controls().liveRefreshTokens()).isEqualTo(1);
        assertThat(controls().liveAccessTokens()).isEqualTo(1);
        assertThat(http.get("/me", CUSTOMER).statusCode()).isEqualTo(200);
    }

    @Test
    void resetForgetsTokensAndRestoresLifetimes() {
        SignInCalls.Tokens tokens = signIn.signIn(TestBrowser.CUSTOMER);
        http.control("{\"tokenLifetimes\":{\"accessSeconds\":1,\"refreshSeconds\":2,\"codeMillis\":3}}");

        JsonNode state = http.control("{\"reset\":true}");

        assertThat(state.at("/tokenLifetimes/accessMillis").asLong()).isEqualTo(300_000);
        assertThat(state.at("/tokenLifetimes/refreshMillis").asLong()).isEqualTo(30L * 24 * 3600 * 1000);
        assertThat(state.at("/tokenLifetimes/codeMillis").asLong()).isEqualTo(60_000);
        assertThat(signIn.me(tokens.access()).statusCode()).isEqualTo(401);
    }

    @Test
    void controlRefusesInvalidTokenSettingsAsAWhole() {
        HttpResponse<String> answer = http.post("/sandbox/control", null,
                "{\"tokenLifetimes\":{\"accessSeconds\":7200,\"codeMillis\":-1},\"revokeTokensOf\":\"nobody\","
                        + "\"expireAccessTokens\":\"yes\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(http.json(answer).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "tokenLifetimes.accessSeconds", "tokenLifetimes.codeMillis", "revokeTokensOf", "expireAccessTokens");
        assertThat(http.controlState().at("/tokenLifetimes/accessMillis").asLong()).isEqualTo(300_000);
    }

    @Test
    void revokingTheRefreshTokenEndsTheSession() {
        SignInCalls.Tokens first = signIn.signIn(TestBrowser.CUSTOMER);
        SignInCalls.Tokens second = signIn.tokens(signIn.refresh(first.refresh()));

        HttpResponse<String> answer = signIn.revoke(second.refresh());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(signIn.me(second.access()).statusCode()).isEqualTo(401);
        assertInvalidGrant(signIn.refresh(second.refresh()));
    }

    @Test
    void revokingAnAccessTokenEndsOnlyIt() {
        SignInCalls.Tokens tokens = signIn.signIn(TestBrowser.CUSTOMER);

        assertThat(signIn.revoke(tokens.access()).statusCode()).isEqualTo(200);

        assertThat(signIn.me(tokens.access()).statusCode()).isEqualTo(401);
        assertThat(signIn.refresh(tokens.refresh()).statusCode()).isEqualTo(200);
    }

    @Test
    void revokingAnUnknownTokenAnswers200() {
        HttpResponse<String> answer = signIn.postForm("/oauth/revoke", "token", "no-such-token",
                "token_type_hint", "refresh_token", "client_id", SignInCalls.CLIENT_ID);

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void requestErrorsFollowRfc6749() {
        String code = signIn.codeFor(TestBrowser.CUSTOMER);

        assertOAuthError(signIn.postForm("/oauth/token", "grant_type", "authorization_code", "code", code,
                "redirect_uri", SignInCalls.REDIRECT, "client_id", SignInCalls.CLIENT_ID), 400, "invalid_request");
        assertOAuthError(signIn.postForm("/oauth/token", "grant_type", "authorization_code", "code", code,
                "redirect_uri", SignInCalls.REDIRECT, "code_verifier", signIn.verifier), 400, "invalid_client");
        assertOAuthError(signIn.postForm("/oauth/token", "grant_type", "refresh_token", "refresh_token", "x",
                "client_id", "someone-else"), 400, "invalid_client");
        assertOAuthError(signIn.postForm("/oauth/token", "grant_type", "password", "username", "erika",
                "client_id", SignInCalls.CLIENT_ID), 400, "unsupported_grant_type");
        assertOAuthError(signIn.postForm("/oauth/token", "client_id", SignInCalls.CLIENT_ID), 400, "invalid_request");
        assertOAuthError(signIn.postRaw("/oauth/token", "application/json",
                "{\"grant_type\":\"refresh_token\",\"client_id\":\"cloudhub-order-desktop\"}"), 400, "invalid_request");
        assertOAuthError(signIn.postForm("/oauth/revoke", "client_id", SignInCalls.CLIENT_ID), 400, "invalid_request");
        assertOAuthError(signIn.get(URI.create(origin() + "/oauth/token")), 405, "invalid_request");
        // the code was never presented with a verifier, so it still works
        assertThat(signIn.exchange(code).statusCode()).isEqualTo(200);
    }

    private static SandboxControlClient controls() {
        return new SandboxControlClient(server.baseUri());
    }

    private void assertInvalidGrant(HttpResponse<String> answer) {
        assertOAuthError(answer, 400, "invalid_grant");
    }

    private void assertOAuthError(HttpResponse<String> answer, int status, String error) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(signIn.json(answer).path("error").asText()).isEqualTo(error);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
