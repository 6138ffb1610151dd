package de.cloudhub.order.drafts;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a draft file: either the draft ({@link Read}) or the one reason it is refused
 * ({@link Refused}). The texts are the UI's: it translates {@link Reason} with {@link Refused#detail()}.
 */
public sealed interface DraftFileImport {

    /**
     * The draft was read. {@code leftOut} names, by their path in the file ({@code order.storageGb},
     * {@code order.trustedSources[2]}, {@code title}), the values that had the wrong JSON type (a text
     * where a number belongs, 37.5 GB) and so could not be carried: the UI tells the person, nothing is
     * dropped silently. Empty when every value was taken.
     */
    record Read(DraftFile draft, List<String> leftOut) implements DraftFileImport {
        public Read {
            Objects.requireNonNull(draft, "draft");
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The file is not taken; {@code detail} is what the sentence for {@code reason} names (may be empty). */
    record Refused(Reason reason, String detail) implements DraftFileImport {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }

    /** Why a file is refused; each has its own sentence in the UI. */
    enum Reason {
        /** There is no file at the path. */
        MISSING,
        /** The path is a folder or a device, not a file. */
        NOT_A_FILE,
        /** The file could not be read (permissions, a disk error); detail: the system's message. */
        UNREADABLE,
        /** Larger than {@link DraftFiles#MAX_BYTES}; detail: the limit in bytes. Not read at all. */
        TOO_LARGE,
        /** Not JSON at all (or empty, or with text after the JSON). */
        NOT_JSON,
        /** JSON nested deeper than any draft is ({@link DraftFiles#MAX_NESTING}); detail: the limit. */
        TOO_DEEP,
        /** JSON, but no draft file: no or another {@code format}, or not an object. */
        NOT_A_DRAFT,
        /** A draft file of a newer version of the app; detail: that {@code schemaVersion}. */
        NEWER_VERSION,
        /**
         * A draft file whose shape is wrong: {@code schemaVersion}, {@code order}, {@code trustedSources},
         * {@code billing} or {@code billing.newProfile} of the wrong JSON type; detail: those paths.
         */
        WRONG_TYPES
    }
}
