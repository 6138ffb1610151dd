package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
    private static final String KEY = SessionStorage.keyFor(URI.create("https://api.example.com/api/v1"));
    private static final URI ORIGIN = URI.create("https://api.example.com");

    @TempDir
    Path dir;

    @Test
    void theKeyNamesTheEndpointsOrigin() {
        assertThat(KEY).isEqualTo("cloudhub-order:https://api.example.com");
        assertThat(SessionStorage.keyFor(URI.create("http://127.0.0.1:8080/api/v1")))
                .isEqualTo("cloudhub-order:http://127.0.0.1:8080");
    }

    @Test
    void memoryKeepsReplacesAndDeletes() {
        MemorySecretStore memory = new MemorySecretStore();
        memory.write(KEY, "one");
        memory.write(KEY, "two");
        assertThat(memory.read(KEY)).hasValue("two");
        memory.delete(KEY);
        assertThat(memory.read(KEY)).isEmpty();
        memory.delete(KEY);
    }

    @Test
    void theFileIsReadableOnlyByTheUserInAFolderOnlyTheUserCanEnter() throws IOException {
        FileSecretStore file = new FileSecretStore(dir.resolve("session"));

        file.write(KEY, "secret-1");

        Path written = file.fileOf(KEY);
        assertThat(Files.readString(written)).isEqualTo("secret-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("session"))))
                .isEqualTo("rwx------");
        assertThat(written.getFileName().toString()).doesNotContain("example");
    }

    @Test
    void aNewSecretReplacesTheFileWholeInsteadOfWritingIntoIt() throws IOException {
        FileSecretStore file = new FileSecretStore(dir);
        file.write(KEY, "old");
        Path written = file.fileOf(KEY);
        // a file someone made world-readable: writing into it would keep its permissions
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-r--r--"));
        Object before = Files.readAttributes(written, "unix:ino").get("ino");

        file.write(KEY, "new");

        assertThat(file.read(KEY)).hasValue("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
        assertThat(Files.readAttributes(written, "unix:ino").get("ino")).isNotEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    void deletingRemovesTheFileAndIsHarmlessTwice() throws IOException {
        FileSecretStore file = new FileSecretStore(dir);
        file.write(KEY, "s");
        file.delete(KEY);
        file.delete(KEY);
        assertThat(file.read(KEY)).isEmpty();
        assertThat(Files.exists(file.fileOf(KEY))).isFalse();
    }

    @Test
    void withoutAKeyringTheSessionIsKeptInMemoryUntilThePersonAsksForTheFile() throws IOException {
        FileSecretStore file = new FileSecretStore(dir);
        SessionStorage storage = new SessionStorage(ORIGIN, CompletableFuture.completedFuture(Optional.empty()),
                new MemorySecretStore(), file);
        assertThat(storage.keeping().join()).isEqualTo(SessionKeeping.MEMORY);
        storage.write("rt-1");
        assertThat(file.read(KEY)).isEmpty();

        storage.rememberOnThisComputer(true);

        assertThat(storage.keeping().join()).isEqualTo(SessionKeeping.FILE);
        assertThat(file.read(KEY)).hasValue("rt-1");
        storage.write("rt-2");
        assertThat(file.read(KEY)).hasValue("rt-2");

        storage.rememberOnThisComputer(false);

        assertThat(storage.keeping().join()).isEqualTo(SessionKeeping.MEMORY);
        assertThat(Files.exists(file.fileOf(KEY))).isFalse();
        assertThat(storage.read()).hasValue("rt-2");
    }

    @Test
    void aFileFromAnEarlierStartMeansRememberedAndIsRead() throws IOException {
        FileSecretStore file = new FileSecretStore(dir);
        file.write(KEY, "rt-kept");

        SessionStorage storage = new SessionStorage(ORIGIN, CompletableFuture.completedFuture(Optional.empty()),
                new MemorySecretStore(), file);

        assertThat(storage.keeping().join()).isEqualTo(SessionKeeping.FILE);
        assertThat(storage.read()).hasValue("rt-kept");
    }

    @Test
    void aKeyringKeepsItAndTakesOverARememberedFile() throws IOException {
        MemorySecretStore keyring = new MemorySecretStore();
        FileSecretStore file = new FileSecretStore(dir);
        file.write(KEY, "rt-from-file");
        SessionStorage storage = new SessionStorage(ORIGIN, CompletableFuture.completedFuture(Optional.of(keyring)),
                new MemorySecretStore(), file);

        assertThat(storage.keeping().join()).isEqualTo(SessionKeeping.KEYRING);
        assertThat(storage.read()).hasValue("rt-from-file");
        assertThat(keyring.read(KEY)).hasValue("rt-from-file");
        assertThat(Files.exists(file.fileOf(KEY))).isFalse();

        storage.write("rt-2");
        assertThat(keyring.read(KEY)).hasValue("rt-2");
        storage.delete();
        assertThat(keyring.read(KEY)).isEmpty();
    }

    @Test
    void aKeyringThatFailsToWriteLeavesTheSessionInMemory() {
        SecretStore broken = new SecretStore() {
            @Override
            public Optional<String> read(String key) {
                return Optional.empty();
            }

            @Override
            public void write(String key, String secret) throws IOException {
                throw new IOException("locked");
            }

            @Override
            public void delete(String key) {
            }
        };
        SessionStorage storage = new SessionStorage(ORIGIN, CompletableFuture.completedFuture(Optional.of(broken)),
                new MemorySecretStore(), new FileSecretStore(dir));

        storage.write("rt-1");

        assertThat(storage.read()).hasValue("rt-1");
        assertThat(storage.keeping().join()).isEqualTo(SessionKeeping.MEMORY);
    }

    @Test
    void keepingWaitsForTheProbe() {
        CompletableFuture<Optional<SecretStore>> probe = new CompletableFuture<>();
        SessionStorage storage = new SessionStorage(ORIGIN, probe, new MemorySecretStore(), new FileSecretStore(dir));

        CompletableFuture<SessionKeeping> keeping = storage.keeping();
        assertThat(keeping).isNotDone();
        probe.complete(Optional.of(new MemorySecretStore()));

        assertThat(keeping.join()).isEqualTo(SessionKeeping.KEYRING);
    }
}
