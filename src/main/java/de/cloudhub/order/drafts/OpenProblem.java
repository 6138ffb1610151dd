package de.cloudhub.order.drafts;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the store could not open its database file as it was, and what it did about it: everything
 * the one dialog at start needs to tell the person what happened and where the file is.
 *
 * @param kind    what was wrong
 * @param file    the database file that was found ({@code <data-dir>/store/cloudhub-order.db})
 * @param movedTo where the file was moved aside to (its {@code -wal} and {@code -shm} beside it with the
 *                same suffixes); null when it was left where it is ({@link Kind#LOCKED}, {@link Kind#UNWRITABLE})
 * @param detail  the database's own words (SQLite's message), for the log and the dialog's details
 */
public record OpenProblem(Kind kind, Path file, Path movedTo, String detail) {
    public OpenProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        detail = detail == null ? "" : detail;
    }

    public enum Kind {
        /** Not a database, or a damaged one: moved aside, a fresh database was made. */
        CORRUPT,
        /** Written by a newer version of the app ({@code user_version} higher than this one knows): moved aside, a fresh one was made. */
        NEWER_VERSION,
        /** Held by another process: left alone; this run keeps everything in memory only. */
        LOCKED,
        /** The folder or file cannot be written (read-only, no permission): left alone; this run keeps everything in memory only. */
        UNWRITABLE
    }

    /** Where the file is now: the moved-aside copy, or the file itself when it was left alone. */
    public Path whereTheFileIs() {
        return Optional.ofNullable(movedTo).orElse(file);
    }

    /** True when nothing of this run is saved to disk. */
    public boolean inMemoryOnly() {
        return kind == Kind.LOCKED || kind == Kind.UNWRITABLE;
    }
}
