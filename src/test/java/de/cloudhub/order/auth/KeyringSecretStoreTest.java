package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real OS keyring through java-keyring. Runs only where one answers the probe (a desktop session with a
 * Secret Service, Keychain, Credential Manager) and is reported as skipped elsewhere; removes its entry.
 */
class KeyringSecretStoreTest {
    private final String key = "cloudhub-order-test:" + UUID.randomUUID();
    private KeyringSecretStore store;

    @AfterEach
    void cleanUp() throws Exception {
        if (store != null) {
            store.delete(key);
            store.close();
        }
    }

    @Test
    void writesReadsAndDeletesAnEntryOfTheRealKeyring() throws Exception {
        Optional<KeyringSecretStore> probed = KeyringSecretStore.probe(key, Duration.ofSeconds(3)).get(10, TimeUnit.SECONDS);
        assumeTrue(probed.isPresent(), "no OS keyring answered within 3 s (no Secret Service here)");
        store = probed.get();

        assertThat(store.read(key)).isEmpty();
        store.write(key, "rt-one");
        store.write(key, "rt-two");
        assertThat(store.read(key)).hasValue("rt-two");
        store.delete(key);
        assertThat(store.read(key)).isEmpty();
        store.delete(key);
    }

    @Test
    void theProbeEndsWithinItsTimeLimitWhetherOrNotAKeyringExists() throws Exception {
        long start = System.nanoTime();

        Optional<KeyringSecretStore> probed = KeyringSecretStore.probe(key, Duration.ofMillis(1500)).get(10, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        probed.ifPresent(KeyringSecretStore::close);
    }
}
