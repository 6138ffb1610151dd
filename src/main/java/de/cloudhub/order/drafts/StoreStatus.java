package de.cloudhub.order.drafts;

import java.util.Objects;

/**
 * Whether what the person does is being saved: {@link Kind#OK}; {@link Kind#WRITE_FAILING} while writes fail
 * (full disk, read-only folder) and are retried, everything kept in memory meanwhile; {@link Kind#IN_MEMORY}
 * for a run whose database could not be opened ({@link #problem()} tells why).
 *
 * @param kind    the state
 * @param detail  the last write failure in the database's words, for the log; empty unless
 *                {@link Kind#WRITE_FAILING}; never shown to the person (see {@link #cause()})
 * @param cause   what keeps the writes from working, in terms the person can act on; null unless
 *                {@link Kind#WRITE_FAILING}
 * @param problem why the store runs in memory; null unless the store runs in memory
 */
public record StoreStatus(Kind kind, String detail, WriteFailure cause, OpenProblem problem) {
    public enum Kind { OK, WRITE_FAILING, IN_MEMORY }

    /** Why writes fail: the disk is full, the data folder cannot be written, or something else (see the log). */
    public enum WriteFailure { DISK_FULL, NOT_WRITABLE, OTHER }

    private static final StoreStatus OK = new StoreStatus(Kind.OK, "", null, null);

    public StoreStatus {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
        if (kind == Kind.WRITE_FAILING) {
            Objects.requireNonNull(cause, "cause");
        }
    }

    public static StoreStatus ok() {
        return OK;
    }

    public static StoreStatus writeFailing(WriteFailure cause, String detail, OpenProblem problem) {
        return new StoreStatus(Kind.WRITE_FAILING, detail, cause, problem);
    }

    public static StoreStatus inMemory(OpenProblem problem) {
        return new StoreStatus(Kind.IN_MEMORY, "", null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isOk() {
        return kind == Kind.OK;
    }
}
