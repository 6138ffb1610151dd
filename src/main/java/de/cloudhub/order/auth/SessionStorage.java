package de.cloudhub.order.auth;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this endpoint's refresh token is kept, and the one place that decides it ({@link SessionKeeping}): the
 * keyring when the probe found one; without one memory, or the user's own file once the person chose
 * "Remember me on this computer" (a file left from an earlier start counts as that choice). A keyring write
 * that fails falls back to memory for this run, so a broken keyring costs the next start's sign-in, not this one.
 * Thread-safe; the methods block at most until the keyring probe has ended (its own time limit).
 */
public final class SessionStorage {
    /** The keys' common prefix; the rest is the API's origin. */
    static final String KEY_PREFIX = "cloudhub-order:";
    private static final Logger LOG = LoggerFactory.getLogger(SessionStorage.class);

    private final String key;
    private final CompletableFuture<Optional<SecretStore>> keyring;
    private final MemorySecretStore memory;
    private final SecretStore file;
    private boolean remember;
    private boolean keyringFailed;

    /**
     * @param origin  the API's origin: sessions of different endpoints never meet
     * @param keyring the probed keyring (completes with empty without one; see {@link KeyringSecretStore#probe})
     * @param memory  what lasts until the app closes
     * @param file    the opt-in file store below the data folder
     */
    public SessionStorage(URI origin, CompletableFuture<? extends Optional<? extends SecretStore>> keyring,
                          MemorySecretStore memory, SecretStore file) {
        this.key = keyFor(origin);
        this.keyring = Objects.requireNonNull(keyring, "keyring").thenApply(found -> found.map(s -> (SecretStore) s));
        this.memory = Objects.requireNonNull(memory, "memory");
        this.file = Objects.requireNonNull(file, "file");
        this.remember = fileHoldsOne();
    }

    /** The store key of an endpoint: {@code cloudhub-order:<origin>}. */
    public static String keyFor(URI origin) {
        return KEY_PREFIX + Origins.originOf(Objects.requireNonNull(origin, "origin"));
    }

    /** Completes when the keyring probe has: KEYRING, FILE (remembered) or MEMORY. */
    public CompletableFuture<SessionKeeping> keeping() {
        return keyring.thenApply(found -> {
            synchronized (this) {
                if (found.isPresent() && !keyringFailed) {
                    return SessionKeeping.KEYRING;
                }
                return remember ? SessionKeeping.FILE : SessionKeeping.MEMORY;
            }
        });
    }

    /**
     * The person's choice without a keyring: true moves the session from memory into the file, false moves it
     * back and deletes the file. With a keyring the choice changes nothing (the keyring keeps it anyway).
     */
    public synchronized void rememberOnThisComputer(boolean rememberIt) {
        if (usableKeyring().isPresent()) {
            LOG.info("A keyring keeps the session; \"remember me\" changes nothing");
            return;
        }
        if (remember == rememberIt) {
            return;
        }
        try {
            if (rememberIt) {
                Optional<String> now = memory.read(key);
                if (now.isPresent()) {
                    file.write(key, now.get());
                }
                memory.delete(key);
            } else {
                Optional<String> now = file.read(key);
                if (now.isPresent()) {
                    memory.write(key, now.get());
                }
                file.delete(key);
            }
            remember = rememberIt;
            LOG.info("The session is kept {}", rememberIt ? "in the user's own file" : "in memory until the app closes");
        } catch (IOException e) {
            LOG.warn("Could not {} the session file ({}); the session stays where it was",
                    rememberIt ? "write" : "delete", e.getClass().getSimpleName());
        }
    }

    /** The stored refresh token; one remembered in the file before a keyring existed moves into the keyring. */
    synchronized Optional<String> read() {
        try {
            Optional<SecretStore> kept = usableKeyring();
            if (kept.isPresent()) {
                Optional<String> found = readQuietly(kept.get());
                if (found.isPresent()) {
                    return found;
                }
            }
            Optional<String> inFile = file.read(key);
            if (inFile.isPresent() && kept.isPresent()) {
                kept.get().write(key, inFile.get());
                file.delete(key);
                remember = false;
                LOG.info("The remembered session moved from its file into the keyring");
            }
            return inFile.isPresent() ? inFile : memory.read(key);
        } catch (IOException e) {
            LOG.warn("Could not read the stored session ({})", e.getClass().getSimpleName());
            return readMemory();
        }
    }

    /** Keeps the (rotated) refresh token at once: the old one is useless from now on. */
    synchronized void write(String refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        SecretStore target = active();
        try {
            target.write(key, refreshToken);
        } catch (IOException e) {
            LOG.warn("Could not keep the session in {} ({}); it is kept in memory until the app closes",
                    target == file ? "its file" : "the keyring", e.getClass().getSimpleName());
            if (target != file) {
                keyringFailed = true;
            }
            memory.write(key, refreshToken);
        }
    }

    /** Forgets the refresh token everywhere it may be. */
    synchronized void delete() {
        for (SecretStore store : new SecretStore[] {usableKeyring().orElse(null), file, memory}) {
            if (store == null) {
                continue;
            }
            try {
                store.delete(key);
            } catch (IOException e) {
                LOG.warn("Could not delete the stored session from {} ({})", store.getClass().getSimpleName(),
                        e.getClass().getSimpleName());
            }
        }
    }

    private SecretStore active() {
        Optional<SecretStore> kept = usableKeyring();
        if (kept.isPresent()) {
            return kept.get();
        }
        return remember ? file : memory;
    }

    private Optional<SecretStore> usableKeyring() {
        if (keyringFailed) {
            return Optional.empty();
        }
        try {
            return keyring.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> readQuietly(SecretStore store) {
        try {
            return store.read(key);
        } catch (IOException e) {
            LOG.warn("Could not read the session from the keyring ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Optional<String> readMemory() {
        return memory.read(key);
    }

    private boolean fileHoldsOne() {
        try {
            return file.read(key).isPresent();
        } catch (IOException e) {
            LOG.warn("Could not read the session file ({})", e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public String toString() {
        return "SessionStorage[" + key + "]";
    }
}
