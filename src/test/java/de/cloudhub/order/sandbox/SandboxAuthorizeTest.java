package de.cloudhub.order.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.cloudhub.order.testing.TestBrowser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's authorization server metadata and authorization endpoint (docs/api.md, "Sign-in"). */
class SandboxAuthorizeTest extends SandboxTestBase {
    private final TestBrowser browser = new TestBrowser();
    private SignInCalls signIn;

    @BeforeEach
    void newClient() {
        signIn = new SignInCalls(origin());
    }

    @Test
    void metadataNamesTheEndpointsAtTheOrigin() {
        HttpResponse<String> answer = http.getAbsolute(origin() + "/.well-known/oauth-authorization-server");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode m = http.json(answer);
        assertThat(m.path("issuer").asText()).isEqualTo(origin());
        assertThat(m.path("authorization_endpoint").asText()).isEqualTo(origin() + "/oauth/authorize");
        assertThat(m.path("token_endpoint").asText()).isEqualTo(origin() + "/oauth/token");
        assertThat(m.path("revocation_endpoint").asText()).isEqualTo(origin() + "/oauth/revoke");
        assertThat(m.path("response_types_supported").toString()).isEqualTo("[\"code\"]");
        assertThat(m.path("grant_types_supported").toString()).isEqualTo("[\"authorization_code\",\"refresh_token\"]");
        assertThat(m.path("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(m.path("token_endpoint_auth_methods_supported").toString()).isEqualTo("[\"none\"]");
        assertThat(m.path("revocation_endpoint_auth_methods_supported").toString()).isEqualTo("[\"none\"]");
        assertThat(server.authorizationServerMetadataUri().toString())
                .isEqualTo(origin() + "/.well-known/oauth-authorization-server");
    }

    @Test
    void pageOffersTheDemoUsersAndCarriesTheRequest() {
        TestBrowser.Form form = browser.open(signIn.authorizeUri("scope", "orders"));

        assertThat(form.action()).isEqualTo(URI.create(origin() + "/oauth/authorize"));
        assertThat(form.users()).containsExactly("customer", "customer-2", "sales");
        assertThat(form.hidden()).containsEntry("client_id", SignInCalls.CLIENT_ID)
                .containsEntry("redirect_uri", SignInCalls.REDIRECT)
                .containsEntry("state", signIn.state)
                .containsEntry("code_challenge", signIn.challenge)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("scope", "orders");
    }

    @Test
    void pageEscapesWhatItEchoesAndCannotBeFramed() {
        HttpResponse<String> page = signIn.get(signIn.authorizeUri("state", "\"><script>alert(1)</script>"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>").contains("&quot;&gt;&lt;script&gt;")
                .contains("<title>").contains("Cloudhub Order").containsOnlyOnce("<form method=\"post\"");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void signingInRedirectsWithCodeAndTheExactState() {
        URI back = browser.signIn(signIn.authorizeUri(), TestBrowser.CUSTOMER);

        assertThat(back.getScheme() + "://" + back.getRawAuthority() + back.getRawPath())
                .isEqualTo(SignInCalls.REDIRECT);
        Map<String, String> query = SignInCalls.queryOf(back);
        assertThat(query.get("state")).isEqualTo(signIn.state);
        assertThat(query.get("code")).matches("[A-Za-z0-9_-]{43,}");
        assertThat(query.get("iss")).isEqualTo(origin());
        assertThat(query).doesNotContainKey("error");
    }

    @Test
    void aRedirectUriWithQueryKeepsItAndIpv6LoopbackIsAccepted() {
        URI back = browser.signIn(signIn.authorizeUri("redirect_uri", "http://[::1]:50000/cb?app=1"),
                TestBrowser.SALES);

        assertThat(back.toString()).startsWith("http://[::1]:50000/cb?app=1&code=");
        assertThat(SignInCalls.queryOf(back).get("state")).isEqualTo(signIn.state);
    }

    @Test
    void cancelRedirectsWithAccessDenied() {
        URI back = browser.cancel(signIn.authorizeUri());

        Map<String, String> query = SignInCalls.queryOf(back);
        assertThat(query.get("error")).isEqualTo("access_denied");
        assertThat(query.get("state")).isEqualTo(signIn.state);
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void unknownClientIsRefusedWithoutRedirect() {
        HttpResponse<String> answer = signIn.get(signIn.authorizeUri("client_id", "someone-else"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).contains("someone-else").contains("<title>");
    }

    @Test
    void missingClientIsRefusedWithoutRedirect() {
        HttpResponse<String> answer = signIn.get(signIn.authorizeUri("client_id", null));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:50000/callback", "https://127.0.0.1:50000/callback",
        "http://127.0.0.2:50000/callback", "http://127.0.0.1/callback", "http://127.0.0.1:50000",
        "http://user@127.0.0.1:50000/callback", "http://127.0.0.1:50000/callback#frag",
        "http://[::2]:50000/callback", "http://[0:0:0:0:0:0:0:1]:50000/callback",
        "http://127.0.0.1.evil.example:50000/callback", "http://evil.example/callback",
        "javascript:alert(1)", "/callback", "http://127.0.0.1:050000/callback", "http://127.0.0.1:70000/cb"})
    void nonLoopbackRedirectIsRefusedWithoutRedirect(String redirect) {
        HttpResponse<String> answer = signIn.get(signIn.authorizeUri("redirect_uri", redirect));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).doesNotContain("<form");
    }

    @Test
    void missingRedirectIsRefusedWithoutRedirect() {
        HttpResponse<String> answer = signIn.get(signIn.authorizeUri("redirect_uri", null));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void repeatedRedirectIsRefusedWithoutRedirect() {
        URI twice = URI.create(signIn.authorizeUri() + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fother");

        HttpResponse<String> answer = signIn.get(twice);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void missingPkceRedirectsWithInvalidRequestAndNoCode() {
        assertRedirectsWithError(signIn.authorizeUri("code_challenge", null, "code_challenge_method", null),
                "invalid_request");
    }

    @Test
    void plainPkceRedirectsWithInvalidRequestAndNoCode() {
        assertRedirectsWithError(signIn.authorizeUri("code_challenge", signIn.verifier,
                "code_challenge_method", "plain"), "invalid_request");
    }

    @Test
    void challengeWithoutMethodIsRefusedAsPlain() {
        assertRedirectsWithError(signIn.authorizeUri("code_challenge_method", null), "invalid_request");
    }

    @Test
    void malformedChallengeRedirectsWithInvalidRequest() {
        assertRedirectsWithError(signIn.authorizeUri("code_challenge", "short"), "invalid_request");
    }

    @Test
    void otherResponseTypeRedirectsWithUnsupportedResponseType() {
        assertRedirectsWithError(signIn.authorizeUri("response_type", "token"), "unsupported_response_type");
    }

    @Test
    void postedFormIsCheckedAgain() {
        HttpResponse<String> tamperedRedirect = signIn.postForm("/oauth/authorize", "response_type", "code",
                "client_id", SignInCalls.CLIENT_ID, "redirect_uri", "http://evil.example/cb", "state", "s",
                "code_challenge", signIn.challenge, "code_challenge_method", "S256", "user", "customer");
        HttpResponse<String> withoutPkce = signIn.postForm("/oauth/authorize", "response_type", "code",
                "client_id", SignInCalls.CLIENT_ID, "redirect_uri", SignInCalls.REDIRECT, "state", "s",
                "user", "customer");
        HttpResponse<String> unknownUser = signIn.postForm("/oauth/authorize", "response_type", "code",
                "client_id", SignInCalls.CLIENT_ID, "redirect_uri", SignInCalls.REDIRECT, "state", "s",
                "code_challenge", signIn.challenge, "code_challenge_method", "S256", "user", "admin");

        assertThat(tamperedRedirect.statusCode()).isEqualTo(400);
        assertThat(tamperedRedirect.headers().firstValue("Location")).isEmpty();
        assertErrorRedirect(withoutPkce, "invalid_request", "s");
        assertErrorRedirect(unknownUser, "invalid_request", "s");
    }

    @Test
    void formPostThatIsNotAFormIsRefused() {
        HttpResponse<String> answer = signIn.postRaw("/oauth/authorize", "application/json",
                "{\"client_id\":\"cloudhub-order-desktop\",\"redirect_uri\":\"" + SignInCalls.REDIRECT + "\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    private void assertRedirectsWithError(URI authorize, String error) {
        assertErrorRedirect(signIn.get(authorize), error, signIn.state);
    }

    private static void assertErrorRedirect(HttpResponse<String> answer, String error, String state) {
        assertThat(answer.statusCode()).isIn(302, 303);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(SignInCalls.REDIRECT + "?");
        Map<String, String> query = SignInCalls.queryOf(back);
        assertThat(query.get("error")).isEqualTo(error);
        assertThat(query.get("state")).isEqualTo(state);
        assertThat(query).doesNotContainKey("code");
    }
}
