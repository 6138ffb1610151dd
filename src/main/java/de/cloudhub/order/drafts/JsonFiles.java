package de.cloudhub.order.drafts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a JSON file so that a crash leaves either the old or the new file, never half of one:
 * the value goes to a temporary file beside it, which is then moved over the old one.
 */
final class JsonFiles {
    private JsonFiles() {
    }

    /** Writes {@code value} as pretty JSON to {@code file}, creating its folder; the old file stays until the move. */
    static void writeAtomically(ObjectMapper json, Path file, Object value) throws IOException {
        writeAtomically(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    /** Writes {@code text} (UTF-8) to {@code file}, creating its folder; the old file stays until the move. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, file.getFileName().toString() + "-", ".tmp");
        try {
            Files.writeString(temp, text);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
