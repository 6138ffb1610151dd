package de.cloudhub.order.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps secrets until the app closes: the default without a keyring, and the store of tests. */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(secrets.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public void write(String key, String secret) {
        secrets.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(secret, "secret"));
    }

    @Override
    public void delete(String key) {
        secrets.remove(Objects.requireNonNull(key, "key"));
    }

    @Override
    public String toString() {
        return "MemorySecretStore[" + secrets.size() + " kept]";
    }
}
