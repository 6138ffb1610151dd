package de.cloudhub.order.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Makes sure the data folder (and its {@code logs} folder) exists and takes files, before anything is
 * written there; otherwise says in one line why it cannot be used. Checked by writing and deleting a
 * file, because permission bits do not tell the whole story (read-only mounts, ACLs, pseudo file systems).
 */
final class DataFolder {
    static final String LOGS = "logs";

    private DataFolder() {
    }

    /** The absolute data folder, ready to be written to; throws {@link StartupException} when it is not usable. */
    static Path prepare(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        Path logs = folder.resolve(LOGS);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StartupException("The data folder " + folder + " cannot be used: it is a file, not a folder."
                    + " Choose a folder you can write to with --data-dir DIR.");
        }
        try {
            Files.createDirectories(logs);
            // a name of this process's own, not createTempFile's random one: its SecureRandom costs 20-30 ms
            // before the window can begin
            Path probe = logs.resolve(".write-check-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupException("The data folder " + folder + " cannot be used: " + reason(e)
                    + ". Choose a folder you can write to with --data-dir DIR.");
        }
        return folder;
    }

    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way (" + exists.getFile() + ")";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "no permission to write there";
        }
        if (e instanceof NoSuchFileException missing) {
            return "a folder cannot be created there (" + missing.getFile() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return oneLine(fs.getReason()) + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
