package de.cloudhub.order.auth;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a refresh token is kept, by key ({@code "cloudhub-order:" + API origin}, so two endpoints never share
 * one): the OS keyring, a file only the user can read, or memory. Behind this interface so tests and the
 * machines without a keyring use the same session code.
 */
public interface SecretStore {
    Optional<String> read(String key) throws IOException;

    void write(String key, String secret) throws IOException;

    /** Harmless when nothing is stored under {@code key}. */
    void delete(String key) throws IOException;
}
