package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.SandboxDemo;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiRequestExportTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final ObjectMapper JSON = ModelJson.newMapper();
    private static final UUID KEY = UUID.fromString("3f0c1a52-8f51-4a8e-9a55-0a4c9f7c1a11");
    /** Descriptions a shell would expand, split or end early if the command quoted them wrongly. */
    private static final List<String> HOSTILE = List.of("it's \"quoted\"", "$HOME ${PATH} $(id) `id` $((1+1))",
            "line one\nline two\r\n\tCLOUDHUB_ORDER_JSON\nCLOUDHUB_ORDER_JSON", "back\\slash \\n \\' '\\''",
            "; rm -rf / # && exit 1 | cat", "EOF\n'EOF'\n!! !$ ~ * ? [a] {a,b}", "Grüße • 😀 \u202Eevil");

    /** Hostile for a shell, but descriptions the server takes (no line breaks or invisible characters). */
    private static final List<String> HOSTILE_BUT_VALID = List.of("it's \"quoted\"", "$HOME ${PATH} $(id) `id`",
            "back\\slash '\\''", "; rm -rf / # && exit 1 | cat", "EOF 'EOF' !! !$ ~ * ? [a] {a,b}", "Grüße • 😀");

    private static OrderRequest hostileOrder(OrderRequest valid) {
        return withDescriptions(valid, HOSTILE);
    }

    private static OrderRequest withDescriptions(OrderRequest valid, List<String> descriptions) {
        List<TrustedSource> sources = descriptions.stream()
                .map(d -> new TrustedSource("80.156.25." + (10 + descriptions.indexOf(d)) + "/32", d)).toList();
        return new OrderRequest(valid.customerId(), valid.serviceId(), valid.nodeSize(), valid.storageGb(), sources,
                false, valid.region(), valid.maxmemoryPolicy(), valid.billing(), valid.terms(), valid.quotedMonthlyNet(),
                "PO '4711' $REF `x`");
    }

    /** Runs {@code command} with /bin/sh and the environment given; returns what it wrote on standard output. */
    private static String sh(String command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command);
        builder.environment().putAll(env);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit code of " + command).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A stand-in for curl: writes each argument ended by NUL, then a marker line, then what it got on stdin. */
    private static final String FAKE_CURL = "curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done;"
            + " printf '\\n--stdin--\\n'; cat; }\n";

    @Test
    void theBodyIsTheJsonTheClientSendsWithTheTermsAndThePriceOfThePress() throws Exception {
        OrderRequest order = sandbox.validOrder();
        try (ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN)) {
            ApiRequestExport export = api.exportOrder(order, KEY);

            assertThat(JSON.readTree(export.body())).isEqualTo(JSON.readTree(JSON.writeValueAsBytes(order)));
            assertThat(JSON.readTree(export.body()).get("terms").get("accepted").asBoolean()).isTrue();
            assertThat(JSON.readTree(export.body()).get("quotedMonthlyNet").isTextual()).isTrue();
            assertThat(export.body()).contains("\n  \"customerId\"").doesNotContain("\r");
            assertThat(export.url()).isEqualTo(URI.create(sandbox.baseUri() + "/orders"));
            assertThat(export.idempotencyKey()).isEqualTo(KEY);
        }
    }

    @Test
    void theCommandNamesTheTokenOnlyAsAVariable() {
        try (ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN)) {
            String curl = api.exportOrder(sandbox.validOrder(), KEY).curl();

            assertThat(curl).startsWith("curl -X POST '" + sandbox.baseUri() + "/orders' \\\n")
                    .contains("-H \"Authorization: Bearer $CLOUDHUB_TOKEN\"")
                    .contains("-H 'Idempotency-Key: " + KEY + "'")
                    .contains("-H 'Content-Type: application/json'")
                    .contains("--data-binary @- <<'CLOUDHUB_ORDER_JSON'\n{")
                    .endsWith("}\nCLOUDHUB_ORDER_JSON\n")
                    .doesNotContain(SandboxDemo.CUSTOMER_TOKEN);
        }
    }

    @Test
    void hostileTextsArriveUnchangedThroughAPosixShell() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        URI odd = URI.create("http://127.0.0.1:9/api/it's%20$HOME/v1");
        try (ApiClient api = new ApiClient(TestConfigs.fast(odd, "the-real-token"))) {
            OrderRequest order = hostileOrder(sandbox.validOrder());
            ApiRequestExport export = api.exportOrder(order, KEY);

            String out = sh(FAKE_CURL + export.curl(), Map.of("CLOUDHUB_TOKEN", "tok'en $x `y`", "HOME", "/home/nobody"));

            int marker = out.indexOf("\n--stdin--\n");
            List<String> args = Arrays.asList(out.substring(0, marker).split("\0", -1)).subList(0, 13);
            assertThat(export.url().toASCIIString()).isEqualTo("http://127.0.0.1:9/api/it%27s%20%24HOME/v1/orders");
            assertThat(args).containsExactly("-X", "POST", export.url().toASCIIString(),
                    "-H", "Authorization: Bearer tok'en $x `y`", "-H", "Idempotency-Key: " + KEY,
                    "-H", "Content-Type: application/json", "-H", "Accept: application/json, application/problem+json",
                    "--data-binary", "@-");
            String stdin = out.substring(marker + "\n--stdin--\n".length());
            assertThat(stdin).isEqualTo(export.body());
            JsonNode sent = JSON.readTree(stdin);
            assertThat(sent).isEqualTo(JSON.readTree(JSON.writeValueAsBytes(order)));
            assertThat(JSON.treeToValue(sent, OrderRequest.class).trustedSources()).extracting(TrustedSource::description)
                    .containsExactlyElementsOf(HOSTILE);
            assertThat(export.curl()).doesNotContain("the-real-token");
        }
    }

    @Test
    void aSingleQuoteInAValueIsQuotedForTheShell() {
        assertThat(ApiRequestExport.quote("a'b")).isEqualTo("'a'\\''b'");
        assertThat(ApiRequestExport.quote("")).isEqualTo("''");
        assertThat(ApiRequestExport.quote("$x `y` \"z\"")).isEqualTo("'$x `y` \"z\"'");
    }

    @Test
    void theExportedBodyWithItsKeyGetsBackTheOrderTheAppPlaced() throws Exception {
        OrderRequest order = sandbox.validOrder();
        UUID key = UUID.randomUUID();
        try (ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN)) {
            ApiRequestExport export = api.exportOrder(order, key);
            Order placed = api.placeOrder(order, key);

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(export.url())
                    .header("Authorization", "Bearer " + SandboxDemo.CUSTOMER_TOKEN)
                    .header("Idempotency-Key", export.idempotencyKey().toString())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(export.body())).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).get("id").asText()).isEqualTo(placed.id());
            assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        }
    }

    @Test
    void runningTheCommandFirstAndThenPressingGivesOneOrder() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/usr/bin/curl")),
                "needs /bin/sh and curl");
        OrderRequest order = withDescriptions(sandbox.validOrder(), HOSTILE_BUT_VALID);
        UUID key = UUID.randomUUID();
        try (ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN)) {
            ApiRequestExport export = api.exportOrder(order, key);

            String answer = sh(export.curl(), Map.of("CLOUDHUB_TOKEN", SandboxDemo.CUSTOMER_TOKEN));
            assertThat(JSON.readTree(answer).has("id")).as(answer).isTrue();
            String viaCurl = JSON.readTree(answer).get("id").asText();
            Order viaApp = api.placeOrder(order, key);

            assertThat(viaApp.id()).isEqualTo(viaCurl);
            assertThat(viaApp.request().trustedSources()).extracting(TrustedSource::description)
                    .containsExactlyElementsOf(HOSTILE_BUT_VALID);
            assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        }
    }
}
