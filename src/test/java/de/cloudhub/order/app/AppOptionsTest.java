package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppOptionsTest {
    private static AppOptions.ParseResult parse(Map<String, String> env, String... args) {
        return AppOptions.parse(List.of(args), env);
    }

    private static AppOptions ok(String... args) {
        AppOptions.ParseResult result = parse(Map.of(), args);
        assertThat(result.error()).isNull();
        return result.options();
    }

    private static String error(Map<String, String> env, String... args) {
        AppOptions.ParseResult result = parse(env, args);
        assertThat(result.ok()).isFalse();
        return result.error();
    }

    @Test
    void theSandboxIsUsedWithTheDemoCustomer() {
        AppOptions options = ok("--sandbox");
        assertThat(options.sandbox()).isTrue();
        assertThat(options.effectiveToken()).contains("demo-customer");
    }

    @Test
    void plainHttpIsAcceptedForEveryLoopbackAddress() {
        AppOptions options = parse(Map.of("CLOUDHUB_TOKEN", "t-123"), "--api-url", "http://127.0.0.2:18080/api/v1")
                .options();
        assertThat(options.apiUrl()).isEqualTo(URI.create("http://127.0.0.2:18080/api/v1"));
    }

    @Test
    void plainHttpToAHostThatOnlyLooksLikeLoopbackIsRefused() {
        assertThat(error(Map.of("CLOUDHUB_TOKEN", "t-123"), "--api-url", "http://127.example.com/api/v1"))
                .contains("https");
    }

    @Test
    void demoUserSalesChoosesTheSalesToken() {
        assertThat(ok("--demo-user", "sales").effectiveToken()).contains("demo-sales");
    }

    @Test
    void apiUrlWithTokenFromTheEnvironmentLeavesSandboxMode() {
        AppOptions options = parse(Map.of("CLOUDHUB_TOKEN", "t-123"), "--api-url", "https://order.example.com/api/v1")
                .options();
        assertThat(options.sandbox()).isFalse();
        assertThat(options.apiUrl()).isEqualTo(URI.create("https://order.example.com/api/v1"));
        assertThat(options.effectiveToken()).contains("t-123");
        assertThat(options.toString()).doesNotContain("t-123");
    }

    @Test
    void tokenFileIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "file-token\n");
        AppOptions options = ok("--api-url", "https://order.example.com/api/v1", "--token-file", file.toString());
        assertThat(options.effectiveToken()).contains("file-token");
    }

    @Test
    void apiUrlWithoutAnyTokenIsABrowserSignInNotAWrongOption() {
        AppOptions.ParseResult parsed = parse(Map.of(), "--api-url", "https://order.example.com/api/v1");

        assertThat(parsed.error()).isNull();
        assertThat(parsed.options().signsIn()).isTrue();
        assertThat(parsed.options().effectiveToken()).isEmpty();
    }

    @Test
    void theSandboxAndAGivenTokenSkipTheSignIn() {
        assertThat(ok("--sandbox").signsIn()).isFalse();
        assertThat(parse(Map.of("CLOUDHUB_TOKEN", "t"), "--api-url", "https://order.example.com/api/v1").options()
                .signsIn()).isFalse();
        assertThat(ok("--help").signsIn()).isFalse();
    }

    @Test
    void oneFileArgumentIsTheFileToOpenMadeAbsolute() {
        AppOptions options = ok("--sandbox", "drafts/Muster.cloudhub-order");

        Path expected = Path.of("drafts/Muster.cloudhub-order").toAbsolutePath().normalize();
        assertThat(options.fileToOpen()).contains(expected);
        assertThat(options.instanceRequest()).isEqualTo(InstanceRequest.open(expected));
        assertThat(ok("--sandbox").fileToOpen()).isEmpty();
        assertThat(ok("--sandbox").instanceRequest()).isEqualTo(InstanceRequest.show());
    }

    @Test
    void aSecondFileArgumentOrAFileForTheSandboxServerIsRefused() {
        assertThat(error(Map.of(), "a.cloudhub-order", "b.cloudhub-order"))
                .isEqualTo("Unexpected argument b.cloudhub-order: only one FILE can be opened (see --help)");
        assertThat(error(Map.of(), "--sandbox-server", "a.cloudhub-order")).contains("--sandbox-server", "FILE");
    }

    @Test
    void plainHttpIsRefusedExceptForLoopback() {
        Map<String, String> env = Map.of("CLOUDHUB_TOKEN", "t");
        assertThat(error(env, "--api-url", "http://order.example.com/api/v1")).contains("https");
        assertThat(parse(env, "--api-url", "http://127.0.0.1:9/api/v1").ok()).isTrue();
    }

    @Test
    void allValuedOptionsAreParsed(@TempDir Path dir) {
        AppOptions options = ok("--sandbox", "--sandbox-port", "18123", "--data-dir", dir.toString(),
                "--locale", "de", "--portal-url", "https://portal.example.com");
        assertThat(options.sandboxPort()).isEqualTo(18123);
        assertThat(options.effectiveDataDir()).isEqualTo(dir);
        assertThat(options.locale()).isEqualTo(Locale.GERMAN);
        assertThat(options.portalUrl()).isEqualTo(URI.create("https://portal.example.com"));
    }

    @Test
    void sandboxServerTakesItsPort() {
        AppOptions options = ok("--sandbox-server", "--port", "18080");
        assertThat(options.sandboxServer()).isTrue();
        assertThat(options.port()).isEqualTo(18080);
    }

    @Test
    void wrongValuesAreNamedInOneLine() {
        assertThat(error(Map.of(), "--locale", "fr")).isEqualTo("--locale must be de or en, not fr");
        assertThat(error(Map.of(), "--sandbox-port", "70000")).contains("0 to 65535");
        assertThat(error(Map.of(), "--port", "1")).contains("--sandbox-server");
        assertThat(error(Map.of("CLOUDHUB_TOKEN", "t"), "--sandbox", "--api-url", "https://x.example/api/v1"))
                .contains("exclude");
    }

    @Test
    void defaultDataDirIsTheUserDataFolder() {
        assertThat(ok("--sandbox").effectiveDataDir().toString()).containsIgnoringCase("cloudhub");
    }

    @Test
    void aPlainHttpPortalOffTheMachineIsRefusedInOneLine() {
        String error = error(Map.of("CLOUDHUB_TOKEN", "t"), "--api-url", "https://order.example.com/api/v1",
                "--portal-url", "http://portal.example.com");

        assertThat(error).contains("--portal-url", "https").doesNotContain("\n");
    }

    @Test
    void aPlainHttpPortalOnALoopbackHostIsAccepted() {
        AppOptions options = parse(Map.of("CLOUDHUB_TOKEN", "t"), "--api-url", "https://order.example.com/api/v1",
                "--portal-url", "http://127.0.0.1:8088/support/new").options();

        assertThat(options.portalUrl()).isEqualTo(URI.create("http://127.0.0.1:8088/support/new"));
    }

    @Test
    void aRealEndpointUsesTheProxyFromHttpsProxyWithItsNoProxyList() {
        AppOptions options = parse(Map.of("CLOUDHUB_TOKEN", "t", "HTTPS_PROXY", "http://proxy.corp.example:3128",
                "NO_PROXY", "internal.example"), "--api-url", "https://order.example.com/api/v1").options();

        assertThat(options.proxy().describe()).isEqualTo("proxy.corp.example:3128");
        assertThat(options.proxy().noProxy()).containsExactly("internal.example");
    }

    @Test
    void theSandboxIgnoresTheProxyVariablesBecauseLoopbackIsNeverProxied() {
        AppOptions options = parse(Map.of("HTTPS_PROXY", "socks5://proxy.corp.example:1080"), "--sandbox").options();

        assertThat(options.sandbox()).isTrue();
        assertThat(options.proxy()).isNull();
    }

    @Test
    void anUnusableProxyVariableIsOneLineWithoutItsPassword() {
        String error = error(Map.of("CLOUDHUB_TOKEN", "t", "https_proxy", "socks5://bob:hunter2@proxy:1080"),
                "--api-url", "https://order.example.com/api/v1");

        assertThat(error).startsWith("https_proxy: ").contains("socks5").doesNotContain("hunter2", "bob");
    }

    @Test
    void explicitJavaProxyPropertiesWinOverTheEnvironment() {
        AppOptions.ParseResult parsed = AppOptions.parse(List.of("--api-url", "https://order.example.com/api/v1"),
                Map.of("CLOUDHUB_TOKEN", "t", "HTTPS_PROXY", "http://proxy.corp.example:3128"),
                name -> name.equals("https.proxyHost") ? "java-proxy.corp.example" : null);

        assertThat(parsed.error()).isNull();
        assertThat(parsed.options().proxy()).isNull();
    }
}
