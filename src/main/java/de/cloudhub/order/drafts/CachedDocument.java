package de.cloudhub.order.drafts;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer of the API kept for offline use and revalidation: its body as the JSON text the server sent,
 * the ETag it came with, and when it was fetched (how old the cached prices are).
 *
 * @param key       what it is: {@link CachedDocuments#CATALOG}, {@link CachedDocuments#billingProfiles(String)}, …
 * @param etag      the ETag of the answer, for {@code If-None-Match}; null when the server sent none
 * @param json      the body as JSON text
 * @param fetchedAt when it was fetched or last revalidated
 */
public record CachedDocument(String key, String etag, String json, Instant fetchedAt) {
    public CachedDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
