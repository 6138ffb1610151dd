package de.cloudhub.order.drafts;

import java.util.Objects;

/**
 * Whether what the person does is being saved: {@link Kind#OK}; {@link Kind#WRITE_FAILING} while writes fail
 * (full disk, read-only folder) and are retried, everything kept in memory meanwhile; {@link Kind#IN_MEMORY}
 * for a run whose database could not be opened ({@link #problem()} tells why).
 *
 * @param kind    the state
 * @param detail  the last write failure in the database's words; empty unless {@link Kind#WRITE_FAILING}
 * @param problem why the store runs in memory; null unless the store runs in memory
 */
public record StoreStatus(Kind kind, String detail, OpenProblem problem) {
    public enum Kind { OK, WRITE_FAILING, IN_MEMORY }

    private static final StoreStatus OK = new StoreStatus(Kind.OK, "", null);

    public StoreStatus {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static StoreStatus ok() {
        return OK;
    }

    public static StoreStatus writeFailing(String detail, OpenProblem problem) {
        return new StoreStatus(Kind.WRITE_FAILING, detail, problem);
    }

    public static StoreStatus inMemory(OpenProblem problem) {
        return new StoreStatus(Kind.IN_MEMORY, "", Objects.requireNonNull(problem, "problem"));
    }

    public boolean isOk() {
        return kind == Kind.OK;
    }
}
