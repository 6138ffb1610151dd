package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.cloudhub.order.testing.Wait;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Application's {@code init()} does (also under {@code mvn javafx:run} and in tests, where
 * {@link Launcher#main} never runs): a start that cannot work is one line and exit code 2; a start
 * without a token opens its own window; a second start with the same data folder hands over and ends.
 */
class WindowStartTest {
    @TempDir
    Path tempDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Launcher.WindowStart prepare(Map<String, String> env, String... args) {
        return Launcher.prepareWindow(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aPlainHttpPortalForARealEndpointIsOneLineAndExitCodeTwo() {
        Launcher.WindowStart start = prepare(Map.of(AppOptions.TOKEN_ENV, "t-window"), "--api-url",
                "https://order.example.com/api/v1", "--portal-url", "http://portal.example.com",
                "--data-dir", tempDir.toString());

        assertThat(start.started()).isFalse();
        assertThat(start.exitCode()).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("cloudhub-order: --portal-url must use https");
    }

    @Test
    void aDataDirThatIsAFileIsOneLineAndExitCodeTwo() throws IOException {
        Path file = Files.writeString(tempDir.resolve("not-a-folder"), "x");

        Launcher.WindowStart start = prepare(Map.of(), "--sandbox", "--data-dir", file.toString());

        assertThat(start.started()).isFalse();
        assertThat(start.exitCode()).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .startsWith("cloudhub-order: The data folder " + file).contains("not a folder");
    }

    @Test
    void aDataDirUnderProcIsOneLineAndExitCodeTwo() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");

        Launcher.WindowStart start = prepare(Map.of(), "--sandbox", "--data-dir", "/proc/cloudhub-order-test");

        assertThat(start.exitCode()).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .startsWith("cloudhub-order: The data folder /proc/cloudhub-order-test cannot be used: ");
    }

    @Test
    void aSandboxPortAlreadyTakenFailsTheStartWithAMessageThatSaysWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            Launcher.WindowStart start = prepare(Map.of(), "--sandbox", "--sandbox-port", String.valueOf(port),
                    "--data-dir", tempDir.toString());
            try {
                // the sandbox starts in the background while the window shows; the app prints the line and ends with 2
                assertThat(start.start().context()).failsWithin(Duration.ofSeconds(30))
                        .withThrowableThat().havingRootCause().isInstanceOf(StartupException.class)
                        .withMessageStartingWith("Cannot start the embedded sandbox on port " + port)
                        .withMessageContaining("--sandbox-port");
                assertThat(start.start().failedForAReason()).isTrue();
            } finally {
                start.close();
            }
        }
    }

    @Test
    void usableOptionsGiveTheContextAndPrintNothing() {
        Launcher.WindowStart start = prepare(Map.of(), "--sandbox", "--data-dir", tempDir.toString());
        try {
            assertThat(start.started()).isTrue();
            assertThat(start.start().context().join().dataDir()).isEqualTo(tempDir.toAbsolutePath().normalize());
            assertThat(start.instance()).isNotNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            start.close();
        }
    }

    @Test
    void aRealEndpointWithoutATokenStartsTheAppWhichSignsInThroughTheBrowser() {
        Launcher.WindowStart start = prepare(Map.of(), "--api-url", "http://127.0.0.1:9/api/v1",
                "--data-dir", tempDir.toString());
        try {
            assertThat(start.started()).isTrue();
            assertThat(start.exitCode()).isZero();
            assertThat(start.start().options().signsIn()).isTrue();
            assertThat(start.instance()).as("a start that signs in holds the data folder like any other").isNotNull();
            assertThat(errLines()).isEmpty();
        } finally {
            start.close();
        }
    }

    @Test
    void aSecondStartWithTheSameDataFolderHandsItsFileToTheRunningAppAndEndsWithZero() throws IOException {
        Path folder = tempDir.toRealPath();
        SingleInstance running = ((SingleInstance.First) SingleInstance.acquire(folder, InstanceRequest.show()))
                .instance();
        try {
            List<InstanceRequest> received = new CopyOnWriteArrayList<>();
            running.onRequest(received::add);

            Launcher.WindowStart start = prepare(Map.of(), "--sandbox", "--data-dir", folder.toString(),
                    "Muster.cloudhub-order");

            assertThat(start.started()).isFalse();
            assertThat(start.exitCode()).isZero();
            Path file = Path.of("Muster.cloudhub-order").toAbsolutePath().normalize();
            Wait.until("the running app to receive the request", Duration.ofSeconds(10),
                    () -> received.contains(InstanceRequest.open(file)));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("already running", file.toString());
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            running.close();
        }
    }
}
