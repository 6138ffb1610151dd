package de.cloudhub.order.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A list the server sent earlier, kept for use without a connection, and when it was last seen.
 *
 * @param items  the list as the server sent it (customers: every one seen, newest first)
 * @param seenAt when it was last loaded from the server
 */
public record SeenList<T>(List<T> items, Instant seenAt) {
    public SeenList {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
