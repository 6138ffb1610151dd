package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String[]> windows = new ArrayList<>();

    @TempDir
    Path tempDir;

    private int run(String... args) {
        return runWith(Map.of(), args);
    }

    private int runWith(Map<String, String> env, String... args) {
        return Launcher.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), windows::add);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknownOptionExitsWithCodeTwoAndOneLine() {
        int code = run("--frobnicate");
        assertThat(code).isEqualTo(2);
        assertThat(err().lines()).containsExactly("cloudhub-order: Unknown option --frobnicate (see --help)");
        assertThat(windows).isEmpty();
    }

    @Test
    void tokenAsArgumentIsRefusedWithTheReason() {
        int code = run("--token", "secret-value");
        assertThat(code).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).contains("CLOUDHUB_TOKEN", "--token-file").doesNotContain("secret-value");
    }

    @Test
    void missingValueExitsWithCodeTwo() {
        assertThat(run("--sandbox-port")).isEqualTo(2);
        assertThat(err().lines()).containsExactly("cloudhub-order: --sandbox-port needs a value");
    }

    @Test
    void aPlainHttpPortalForARealEndpointExitsWithCodeTwoAndOneLineBeforeTheWindow() {
        int code = runWith(Map.of("CLOUDHUB_TOKEN", "t-launcher"), "--api-url", "https://order.example.com/api/v1",
                "--portal-url", "http://portal.example.com", "--data-dir", tempDir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("cloudhub-order: --portal-url must use https");
        assertThat(windows).isEmpty();
    }

    @Test
    void aDataDirThatIsAFileExitsWithCodeTwoAndOneLineBeforeTheWindow() throws IOException {
        Path file = Files.writeString(tempDir.resolve("not-a-folder"), "x");

        int code = run("--sandbox", "--data-dir", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("cloudhub-order: The data folder " + file)
                .contains("it is a file, not a folder", "--data-dir");
        assertThat(windows).isEmpty();
    }

    @Test
    void aDataDirThatCannotBeCreatedExitsWithCodeTwoAndOneLine() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");

        int code = run("--sandbox", "--data-dir", "/proc/cloudhub-order-test/data");

        assertThat(code).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("cloudhub-order: The data folder /proc/cloudhub-order-test/data cannot be used: ");
        assertThat(windows).isEmpty();
    }

    @Test
    void helpPrintsUsageAndExitsWithZero() {
        assertThat(run("--help", "--data-dir", tempDir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--sandbox-server", "--api-url", "--data-dir");
        assertThat(windows).isEmpty();
        assertThat(tempDir.resolve(SingleInstance.LOCK_FILE)).as("--help takes no lock").doesNotExist();
    }

    @Test
    void versionPrintsTheNameAndThePomsVersionAndExitsWithZero() {
        // even beside a real endpoint without a token: --version opens no window and takes no lock
        assertThat(run("--version", "--api-url", "https://order.example.com/api/v1", "--data-dir",
                tempDir.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("Cloudhub Order " + AppVersionTest.pomVersion());
        assertThat(err()).isEmpty();
        assertThat(windows).isEmpty();
        assertThat(tempDir.resolve(SingleInstance.LOCK_FILE)).as("--version takes no lock").doesNotExist();
    }

    @Test
    void theWindowStartAnswersVersionWithoutAWindow() {
        Launcher.WindowStart start = Launcher.prepareWindow(List.of("--version", "--data-dir", tempDir.toString()),
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(start.started()).isFalse();
        assertThat(start.exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(AppVersion.line());
    }

    @Test
    void helpNamesVersion() {
        assertThat(AppOptions.usage()).contains("--version");
    }

    @Test
    void aRealEndpointWithoutATokenStartsTheWindowInsteadOfExitingWithTwo() {
        String[] args = {"--api-url", "http://127.0.0.1:9/api/v1", "--data-dir", tempDir.toString()};

        int code = run(args);

        assertThat(code).isZero();
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0)).containsExactly(args);
    }

    @Test
    void validOptionsStartTheWindowWithTheSameArguments() {
        String dataDir = tempDir.toString();
        assertThat(run("--sandbox", "--locale", "en", "--data-dir", dataDir)).isZero();
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0)).containsExactly("--sandbox", "--locale", "en", "--data-dir", dataDir);
        assertThat(err()).isEmpty();
    }

    @Test
    void aWindowWhoseStartFailedEndsWithExitCodeOneNotZero() {
        String dataDir = tempDir.toString();
        String[] args = {"--sandbox", "--locale", "en", "--data-dir", dataDir};

        int code = Launcher.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), started -> {
                    // the window takes what the Launcher prepared, and its start fails on the FX thread
                    AppStart start = Launcher.takePrepared(List.of(started)).start();
                    start.windowFailed();
                    start.close();
                });

        assertThat(code).isEqualTo(Launcher.EXIT_FAILED);
    }

    @Test
    void sandboxServerPrintsItsAddressAndServesUntilStopped() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        AtomicInteger code = new AtomicInteger(-1);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Thread server = new Thread(() -> code.set(Launcher.runSandboxServer(0, print, print, stop)));
        server.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains("Sandbox API on") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        String line = out.toString(StandardCharsets.UTF_8).strip();
        stop.countDown();
        server.join(10_000);

        assertThat(line).matches("Sandbox API on http://127\\.0\\.0\\.1:\\d+/api/v1");
        assertThat(code.get()).isZero();
    }
}
