package de.cloudhub.order.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a second start asks of the running app: always "show the window", and optionally "open this
 * file" (the program's FILE argument, absolute, because the running app has another working folder).
 */
public record InstanceRequest(Optional<Path> fileToOpen) {
    public InstanceRequest {
        Objects.requireNonNull(fileToOpen, "fileToOpen");
        fileToOpen.ifPresent(file -> {
            if (!file.isAbsolute()) {
                throw new IllegalArgumentException("The file to open must be an absolute path: " + file);
            }
        });
    }

    /** Only "show the window". */
    public static InstanceRequest show() {
        return new InstanceRequest(Optional.empty());
    }

    /** "Show the window and open {@code file}" (absolute). */
    public static InstanceRequest open(Path file) {
        return new InstanceRequest(Optional.of(file));
    }
}
