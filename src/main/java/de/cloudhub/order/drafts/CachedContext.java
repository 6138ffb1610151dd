package de.cloudhub.order.drafts;

import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Terms;
import java.time.Instant;
import java.util.Objects;

/**
 * The order's context as last fetched from the server: the signed-in user, the catalog (with its ETag
 * for revalidation) and the terms, and when they were fetched. Kept in the local store so the wizard
 * works at once at start and without a connection.
 */
public record CachedContext(Me me, Catalog catalog, String catalogEtag, Terms terms, Instant fetchedAt) {
    public CachedContext {
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
