package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.Wait;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One app per data folder, with the first app in a child JVM (a real second process holding the lock). */
class SingleInstanceTest {
    private static final Duration CHILD = Duration.ofSeconds(30);

    @TempDir
    Path tempDir;
    private final List<Process> children = new ArrayList<>();
    private final List<SingleInstance> held = new ArrayList<>();

    @AfterEach
    void endEverything() throws InterruptedException {
        held.forEach(SingleInstance::close);
        for (Process child : children) {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    /** A child JVM running {@link InstanceChild} in {@code mode} for {@code dataDir}; its output lines land in {@code lines}. */
    private Process child(String mode, Path dataDir, List<String> lines) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                InstanceChild.class.getName(), mode, dataDir.toString())
                .redirectError(tempDir.resolve("child-" + children.size() + ".err").toFile())
                .start();
        children.add(process);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("read failed: " + e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        Wait.until("the child to hold " + dataDir + " (" + mode + ")", CHILD, () -> lines.contains(mode));
        return process;
    }

    private SingleInstance.Outcome acquire(Path dataDir, InstanceRequest request) {
        SingleInstance.Outcome outcome = SingleInstance.acquire(dataDir, request);
        if (outcome instanceof SingleInstance.First first) {
            held.add(first.instance());
        }
        return outcome;
    }

    @Test
    void aSecondStartHandsShowAndItsFileToTheRunningAppAndIsDone() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        List<String> lines = new CopyOnWriteArrayList<>();
        child("first", data, lines);
        Path file = tempDir.resolve("Muster GmbH · a2-8.cloudhub-order");

        SingleInstance.Outcome outcome = acquire(data, InstanceRequest.open(file));

        assertThat(outcome).isInstanceOf(SingleInstance.HandedOver.class);
        Wait.until("the running app to receive the request", CHILD, () -> lines.contains("request " + file));
        assertThat(acquire(data, InstanceRequest.show())).isInstanceOf(SingleInstance.HandedOver.class);
        Wait.until("the running app to receive the show request", CHILD, () -> lines.contains("request -"));
    }

    @Test
    void aSecondStartThroughTheLauncherHandsOverBeforeJavaFxStartsAndEndsWithZero() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        List<String> lines = new CopyOnWriteArrayList<>();
        child("first", data, lines);
        Path file = tempDir.resolve("Muster.cloudhub-order");
        List<String[]> windows = new CopyOnWriteArrayList<>();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int code = Launcher.run(new String[] {"--sandbox", "--data-dir", data.toString(), file.toString()},
                java.util.Map.of(), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), windows::add);

        assertThat(code).isZero();
        assertThat(windows).as("Application.launch never runs for a start that was handed over").isEmpty();
        Wait.until("the running app to receive the request", CHILD, () -> lines.contains("request " + file));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already running");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(data.resolve("logs").resolve(FileLogging.FILE_NAME)).as("the second start writes no log of its own")
                .doesNotExist();
    }

    @Test
    void aKilledAppLeavesNothingThatBlocksTheNextStart() throws Exception {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        Process first = child("first", data, new CopyOnWriteArrayList<>());
        first.destroyForcibly();
        first.waitFor();
        assertThat(data.resolve(SingleInstance.SOCKET_FILE)).as("the killed app's socket file").exists();

        long started = System.nanoTime();
        SingleInstance.Outcome outcome = SingleInstance.acquire(data, InstanceRequest.show(), Duration.ofSeconds(20));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome).isInstanceOf(SingleInstance.First.class);
        SingleInstance instance = ((SingleInstance.First) outcome).instance();
        held.add(instance);
        assertThat(took).as("taking over without waiting for an answer").isLessThan(Duration.ofSeconds(2));
        assertThat(data.resolve(SingleInstance.PORT_FILE)).as("listening anew on the socket, not beside it")
                .doesNotExist();
        List<InstanceRequest> received = new CopyOnWriteArrayList<>();
        instance.onRequest(received::add);
        List<String> later = new CopyOnWriteArrayList<>();
        Process next = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), InstanceChild.class.getName(), "first", data.toString())
                .redirectErrorStream(true).start();
        children.add(next);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(next.getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().forEach(later::add);
        }
        assertThat(later).anyMatch(line -> line.startsWith("not-first") && line.contains("HandedOver"));
        Wait.until("the new app to receive the later start's request", CHILD, () -> !received.isEmpty());
    }

    @Test
    void twoDataFoldersAreTwoApps() throws IOException {
        Path one = Files.createDirectories(tempDir.resolve("one"));
        Path two = Files.createDirectories(tempDir.resolve("two"));
        List<String> lines = new CopyOnWriteArrayList<>();
        child("first", one, lines);

        SingleInstance.Outcome outcome = acquire(two, InstanceRequest.show());

        assertThat(outcome).isInstanceOf(SingleInstance.First.class);
        assertThat(lines).noneMatch(line -> line.startsWith("request"));
    }

    @Test
    void aDataFolderTooDeepForAUnixSocketPathUsesLoopbackTcp() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("a-data-folder-whose-path-is-longer-than-the-"
                + "hundred-bytes-a-unix-domain-socket-path-may-have"));
        assertThat(SingleInstance.unixSocketFits(data.resolve(SingleInstance.SOCKET_FILE))).isFalse();
        List<String> lines = new CopyOnWriteArrayList<>();
        child("first", data, lines);
        assertThat(data.resolve(SingleInstance.PORT_FILE)).exists();
        assertThat(data.resolve(SingleInstance.SOCKET_FILE)).doesNotExist();
        Path file = tempDir.resolve("draft.cloudhub-order");

        assertThat(acquire(data, InstanceRequest.open(file))).isInstanceOf(SingleInstance.HandedOver.class);
        Wait.until("the running app to receive the request over TCP", CHILD, () -> lines.contains("request " + file));
    }

    @Test
    void anAppThatHoldsTheLockButDoesNotAnswerIsReportedAfterTheRetries() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        child("hung", data, new CopyOnWriteArrayList<>());

        SingleInstance.Outcome outcome = SingleInstance.acquire(data, InstanceRequest.show(), Duration.ofMillis(300));

        assertThat(outcome).isInstanceOf(SingleInstance.NotAnswering.class);
        assertThat(((SingleInstance.NotAnswering) outcome).message())
                .contains(data.toRealPath().toString(), "does not answer", "--data-dir");
    }

    @Test
    void closingReleasesTheDataFolderAndRemovesTheSocket() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        SingleInstance.Outcome first = acquire(data, InstanceRequest.show());
        assertThat(first).isInstanceOf(SingleInstance.First.class);
        ((SingleInstance.First) first).instance().close();

        assertThat(data.resolve(SingleInstance.SOCKET_FILE)).doesNotExist();
        assertThat(acquire(data, InstanceRequest.show())).isInstanceOf(SingleInstance.First.class);
    }
}
