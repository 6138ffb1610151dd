package de.cloudhub.order.drafts;

import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderDraftJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order kept for later (the format before the {@link LocalStore}, now read only to import it:
 * see {@link LegacyImport}): one {@link OrderDraft} (with its Idempotency-Key) as JSON below
 * {@code <data-dir>/drafts/}. Written to a temporary file and moved into place, so a crash while
 * saving never leaves half a draft. A file that cannot be read is moved aside, never deleted.
 */
public final class DraftStore {
    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);
    static final String FILE_NAME = "kept-order.json";

    private final Path folder;

    public DraftStore(Path dataDir) {
        this.folder = Objects.requireNonNull(dataDir).resolve("drafts");
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Stores {@code draft}, replacing a kept one. Blocking; call it off the FX thread. */
    public void save(OrderDraft draft) {
        Objects.requireNonNull(draft);
        try {
            JsonFiles.writeAtomically(file(), OrderDraftJson.toJson(draft));
            LOG.info("Kept the order for later in {}", file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the order in " + file(), e);
        }
    }

    /** The kept order, if there is one that can be read. */
    public Optional<OrderDraft> load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderDraftJson.fromJson(Files.readString(file)));
        } catch (IOException e) {
            Path aside = folder.resolve(FILE_NAME + ".unreadable");
            LOG.warn("The kept order in {} cannot be read ({}); moving it to {}", file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailure) {
                LOG.warn("Cannot move {} aside", file, moveFailure);
            }
            return Optional.empty();
        }
    }

    /** When the kept order was last saved, if there is one. */
    public Optional<Instant> keptAt() {
        try {
            return Files.isRegularFile(file()) ? Optional.of(Files.getLastModifiedTime(file()).toInstant())
                    : Optional.empty();
        } catch (IOException e) {
            LOG.debug("Cannot read the time of {}: {}", file(), e.getMessage());
            return Optional.empty();
        }
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    /** Forgets the kept order (after it was placed, or the user discarded it). */
    public void delete() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file(), e);
        }
    }
}
