package de.cloudhub.order.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Remember me on this computer" without a keyring: one file per key in {@code folder}, readable only by the
 * user. On POSIX file systems the file is created with 0600 (the folder 0700) before a byte is written, then
 * moved over the old one atomically, so the secret is never world-readable and never half-written. Elsewhere
 * (Windows) the new file's ACL is narrowed to its owner before the secret goes in, as far as the file system
 * allows. File names are a hash of the key: the API's URL is no file name and says nothing to a reader.
 */
public final class FileSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileSecretStore.class);
    private static final String SUFFIX = ".secret";

    private final Path folder;

    public FileSecretStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The file {@code key} is kept in (whether or not it exists). */
    Path fileOf(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 16) + SUFFIX);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    @Override
    public Optional<String> read(String key) throws IOException {
        try {
            String text = Files.readString(fileOf(key), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String key, String secret) throws IOException {
        Objects.requireNonNull(secret, "secret");
        createFolder();
        Path target = fileOf(key);
        Path temp = createPrivateFile(folder.resolve(target.getFileName() + ".tmp"));
        try {
            Files.writeString(temp, secret, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(fileOf(key));
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (isPosix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates {@code file} empty and private; a leftover from a crash is replaced. */
    private static Path createPrivateFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (isPosix(file)) {
            try {
                return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                throw new IOException("Another process writes the same secret file at the same time", raced);
            }
        }
        Files.createFile(file);
        ownerOnly(file);
        return file;
    }

    /** Best effort where there are no POSIX permissions: an ACL that lets only the owner in. */
    private static void ownerOnly(Path file) {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            LOG.info("The file system of {} has neither POSIX permissions nor ACLs; the folder's protection applies",
                    file.getParent());
            return;
        }
        try {
            UserPrincipal owner = acl.getOwner();
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        } catch (IOException | UnsupportedOperationException refused) {
            LOG.warn("Could not restrict {} to its owner ({})", file.getFileName(), refused.getClass().getSimpleName());
        }
    }

    private static boolean isPosix(Path anyPathOnTheFileSystem) {
        return anyPathOnTheFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "FileSecretStore[" + folder + "]";
    }
}
