package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String[]> windows = new ArrayList<>();

    private int run(String... args) {
        return Launcher.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
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
    void helpPrintsUsageAndExitsWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--sandbox-server", "--api-url", "--data-dir");
        assertThat(windows).isEmpty();
    }

    @Test
    void validOptionsStartTheWindowWithTheSameArguments() {
        assertThat(run("--sandbox", "--locale", "en")).isZero();
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0)).containsExactly("--sandbox", "--locale", "en");
        assertThat(err()).isEmpty();
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
