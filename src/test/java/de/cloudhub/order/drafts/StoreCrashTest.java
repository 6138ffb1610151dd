package de.cloudhub.order.drafts;

import de.cloudhub.order.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of saving loses no committed edit and leaves an intact database: a child
 * JVM saves a draft in a loop and prints each committed counter; it is killed with {@code destroyForcibly()}
 * (SIGKILL) at a random moment after 30 or more commits, and the store reopened. Twenty times: two chains
 * of ten kills, each chain on a database of its own that lives through all its kills, the two side by side
 * (a child's time is almost all its JVM starting, which two cores do twice at once). Every kill still
 * lands at a random moment of the save loop and every reopening follows a kill of its database.
 */
class StoreCrashTest {
    private static final int CHAINS = 2;
    private static final int RUNS_PER_CHAIN = 10;

    @TempDir
    Path dataDirs;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aKilledProcessLosesNoCommittedEditAndLeavesAnIntactDatabase() throws Exception {
        ExecutorService chains = Executors.newFixedThreadPool(CHAINS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int chain = 1; chain <= CHAINS; chain++) {
                Path dataDir = Files.createDirectories(dataDirs.resolve("chain-" + chain));
                running.add(chains.submit(() -> {
                    killAndReopen(dataDir);
                    return null;
                }));
            }
            for (Future<?> chain : running) {
                try {
                    chain.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            chains.shutdownNow();
        }
    }

    /** {@link #RUNS_PER_CHAIN} times: a child saving into {@code dataDir} killed, the store reopened and checked. */
    private void killAndReopen(Path dataDir) throws Exception {
        for (int run = 1; run <= RUNS_PER_CHAIN; run++) {
            long lastPrinted = runAndKill(dataDir, 30 + ThreadLocalRandom.current().nextInt(20));

            try (LocalStore store = LocalStore.open(dataDir)) {
                assertThat(store.openProblem()).as("%s, run %d", dataDir.getFileName(), run).isEmpty();
                Optional<DraftRecord> found = store.account(TestAccounts.A).drafts().get("crash").join();
                assertThat(found).as("%s, run %d: the draft after the kill", dataDir.getFileName(), run).isPresent();
                assertThat(Long.parseLong(found.get().title())).as("%s, run %d", dataDir.getFileName(), run).isGreaterThanOrEqualTo(lastPrinted);
                assertThat(store.account(TestAccounts.A).drafts().all().join()).as("%s, run %d", dataDir.getFileName(), run).hasSizeBetween(1, 2);
            }
            assertThat(TestDrafts.query(TestDrafts.dbFile(dataDir), "PRAGMA integrity_check")).isEqualTo("ok");
        }
        try (Stream<Path> files = Files.list(dataDir.resolve(LocalStore.FOLDER).resolve("tmp"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the native library, extracted below the data folder")
                    .anyMatch(name -> name.contains("sqlitejdbc"));
        }
    }

    /** Starts the child, reads its output until {@code commits} commits, kills it; the last counter it printed. */
    private static long runAndKill(Path dataDir, int commits) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                // a java.io.tmpdir that does not exist: the driver must not need it (a noexec /tmp)
                "-Djava.io.tmpdir=" + dataDir.resolve("no-such-tmp"),
                "-cp", System.getProperty("java.class.path"), StoreCrashChild.class.getName(), dataDir.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < commits && (line = out.readLine()) != null) {
                if (line.startsWith(StoreCrashChild.COMMITTED)) {
                    last = Long.parseLong(line.substring(StoreCrashChild.COMMITTED.length()));
                    seen++;
                }
            }
            assertThat(seen).as("commits the child reported before it was killed").isEqualTo(commits);
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        return last;
    }
}
