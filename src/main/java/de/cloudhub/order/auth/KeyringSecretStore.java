package de.cloudhub.order.auth;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS keyring through java-keyring: macOS Keychain, Windows Credential Manager, the Secret Service (GNOME
 * Keyring, KWallet) on Linux. A keyring can hang where no daemon answers on D-Bus, so every call runs on this
 * store's own daemon thread and is waited for with a time limit; a keyring that does not answer in time counts
 * as none. Secrets are kept under the service {@value #SERVICE}, the key as account name.
 */
public final class KeyringSecretStore implements SecretStore, AutoCloseable {
    static final String SERVICE = "Cloudhub Order";
    /** How long a read, write or delete may take once the keyring has answered the probe. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);

    private final Keyring keyring;
    private final ExecutorService thread;

    private KeyringSecretStore(Keyring keyring, ExecutorService thread) {
        this.keyring = keyring;
        this.thread = thread;
    }

    /**
     * Opens the keyring and reads {@code probeKey} off the calling thread; completes within {@code timeout}
     * with the store, or empty when there is no keyring, it failed, or it did not answer in time.
     */
    public static CompletableFuture<Optional<KeyringSecretStore>> probe(String probeKey, Duration timeout) {
        Objects.requireNonNull(probeKey, "probeKey");
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "keyring");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Optional<KeyringSecretStore>> probed = CompletableFuture.supplyAsync(() -> {
            try {
                Keyring keyring = Keyring.create();
                KeyringSecretStore store = new KeyringSecretStore(keyring, thread);
                readOrNone(keyring, probeKey);
                answered.set(true);
                LOG.info("The keyring ({}) answered in {} ms", keyring.getKeyringStorageType(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                return Optional.of(store);
            } catch (BackendNotSupportedException | PasswordAccessException | RuntimeException | LinkageError none) {
                answered.set(true);
                LOG.info("No usable keyring ({}): the session is kept in memory unless the person asks otherwise",
                        none.getClass().getSimpleName());
                return Optional.empty();
            }
        }, thread);
        return probed.completeOnTimeout(Optional.empty(), timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((store, failure) -> {
                    if (store == null || store.isEmpty()) {
                        // completeOnTimeout completes this very future: whether the keyring answered is the flag
                        if (!answered.get()) {
                            LOG.info("The keyring did not answer within {} ms: the session is kept in memory",
                                    timeout.toMillis());
                        }
                        thread.shutdownNow();
                    }
                });
    }

    /** The stored secret; an entry that is not there is no failure (java-keyring says so with an exception). */
    private static Optional<String> readOrNone(Keyring keyring, String key) throws PasswordAccessException {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException missing) {
            if (isMissing(missing)) {
                return Optional.empty();
            }
            throw missing;
        }
    }

    private static boolean isMissing(PasswordAccessException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        // Secret Service: "No stored credentials match …"; macOS: "Password not Found"; Windows: ERROR_NOT_FOUND 1168
        return message.contains("no stored credentials") || message.contains("not found") || message.contains("1168");
    }

    @Override
    public Optional<String> read(String key) throws IOException {
        return call("read", () -> readOrNone(keyring, key));
    }

    @Override
    public void write(String key, String secret) throws IOException {
        call("write", () -> {
            keyring.setPassword(SERVICE, key, secret);
            return null;
        });
    }

    @Override
    public void delete(String key) throws IOException {
        call("delete", () -> {
            try {
                keyring.deletePassword(SERVICE, key);
            } catch (PasswordAccessException missing) {
                if (!isMissing(missing)) {
                    throw missing;
                }
            }
            return null;
        });
    }

    private interface KeyringCall<T> {
        T run() throws Exception;
    }

    private <T> T call(String what, KeyringCall<T> call) throws IOException {
        Future<T> running;
        try {
            running = thread.submit(call::run);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            throw new IOException("The keyring is closed", closed);
        }
        try {
            return running.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            running.cancel(true);
            throw new IOException("The keyring did not " + what + " within " + CALL_TIMEOUT.toSeconds() + " s", slow);
        } catch (ExecutionException failed) {
            // java-keyring's messages name service and account, never the secret
            throw new IOException("The keyring could not " + what + " the secret ("
                    + failed.getCause().getClass().getSimpleName() + ")", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the keyring worked", interrupted);
        }
    }

    @Override
    public void close() {
        thread.execute(() -> {
            try {
                keyring.close();
            } catch (Exception e) {
                LOG.debug("Closing the keyring failed", e);
            }
        });
        thread.shutdown();
    }

    @Override
    public String toString() {
        return "KeyringSecretStore[" + keyring.getKeyringStorageType() + "]";
    }
}
