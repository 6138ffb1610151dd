package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.Order;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's own file of its orders, their outcomes and the Idempotency-Keys that created them,
 * so that a restarted demo still knows them. The sandbox's alone: it never shares a file or a store
 * with the app. Written to a temporary file and moved over the old one; a file that cannot be read is
 * kept beside it and the sandbox starts empty.
 */
final class SandboxStateFile {
    static final int SCHEMA_VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxStateFile.class);

    /** The file's layout. */
    record Stored(int schemaVersion, List<Order> orders, Map<String, StoredOutcome> outcomes, List<StoredKey> keys) {
    }

    /** How an order ends, by the status's wire name. */
    record StoredOutcome(String status, String reason) {
    }

    /** An Idempotency-Key (scoped to its customer) with the body it came with and the order it created. */
    record StoredKey(String scopedKey, JsonNode body, String orderId, Instant at) {
    }

    private final Path file;
    private final ObjectMapper json;

    SandboxStateFile(Path file, ObjectMapper json) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.json = Objects.requireNonNull(json, "json");
    }

    Path file() {
        return file;
    }

    Optional<Stored> read() {
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            return Optional.ofNullable(stored);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            LOG.warn("The sandbox state in {} cannot be read ({}); keeping it as {} and starting empty", file,
                    e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Cannot keep {} aside", file, moveFailed);
            }
            return Optional.empty();
        }
    }

    void write(Stored stored) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName() + "-", ".tmp");
            try {
                json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), stored);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // the demo goes on in memory; only a restart would forget the latest change
            LOG.warn("Cannot write the sandbox state to {}", file, e);
        }
    }
}
