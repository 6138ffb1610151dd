package de.cloudhub.order.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Terms;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order's context kept in the local store's cached documents: the user, the catalog (with its ETag)
 * and the terms, each as the JSON of the model, with the time they were fetched. A document that cannot
 * be read counts as not kept: the app then waits for the server as on a first start.
 */
public final class StoredContext implements ContextCache {
    private static final Logger LOG = LoggerFactory.getLogger(StoredContext.class);
    private static final ObjectMapper JSON = ModelJson.newMapper();

    private final CachedDocuments documents;
    private final String scope;

    /**
     * @param scope whose context this is: the API's address (a copy from one endpoint never serves
     *              another), or one fixed name for the embedded demo, whatever port it has
     */
    public StoredContext(CachedDocuments documents, String scope) {
        this.documents = Objects.requireNonNull(documents);
        this.scope = Objects.requireNonNull(scope);
    }

    private String key(String document) {
        return scope + "|" + document;
    }

    @Override
    public Optional<CachedContext> read() {
        try {
            Optional<CachedDocument> me = documents.get(key(CachedDocuments.ME)).join();
            Optional<CachedDocument> catalog = documents.get(key(CachedDocuments.CATALOG)).join();
            Optional<CachedDocument> terms = documents.get(key(CachedDocuments.TERMS)).join();
            if (me.isEmpty() || catalog.isEmpty() || terms.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CachedContext(JSON.readValue(me.get().json(), Me.class),
                    JSON.readValue(catalog.get().json(), Catalog.class), catalog.get().etag(),
                    JSON.readValue(terms.get().json(), Terms.class), catalog.get().fetchedAt()));
        } catch (JsonProcessingException | CompletionException | IllegalArgumentException | NullPointerException e) {
            LOG.warn("The kept catalog cannot be read; waiting for the server instead: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Only the user last kept (who was signed in here last), without reading the catalog. */
    public Optional<Me> me() {
        try {
            Optional<CachedDocument> me = documents.get(key(CachedDocuments.ME)).join();
            return me.isEmpty() ? Optional.empty() : Optional.ofNullable(JSON.readValue(me.get().json(), Me.class));
        } catch (JsonProcessingException | CompletionException | IllegalArgumentException e) {
            LOG.warn("The kept user cannot be read: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void write(CachedContext context) {
        try {
            // one transaction: the next start never finds a catalog of one fetch with the terms of another
            documents.putAll(java.util.List.of(
                    new CachedDocument(key(CachedDocuments.ME), null, JSON.writeValueAsString(context.me()),
                            context.fetchedAt()),
                    new CachedDocument(key(CachedDocuments.TERMS), null, JSON.writeValueAsString(context.terms()),
                            context.fetchedAt()),
                    new CachedDocument(key(CachedDocuments.CATALOG), context.catalogEtag(),
                            JSON.writeValueAsString(context.catalog()), context.fetchedAt()))).join();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot keep the catalog", e);
        }
    }
}
