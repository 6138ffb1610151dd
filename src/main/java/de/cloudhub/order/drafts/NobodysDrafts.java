package de.cloudhub.order.drafts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts while nobody is signed in: there are none, and none can be kept (a draft belongs to an account).
 * The app does not autosave a session then; a write that comes anyway fails instead of landing with nobody.
 */
final class NobodysDrafts implements DraftRepository {
    private static final Logger LOG = LoggerFactory.getLogger(NobodysDrafts.class);
    static final NobodysDrafts INSTANCE = new NobodysDrafts();

    private NobodysDrafts() {
    }

    @Override
    public CompletableFuture<List<DraftRecord>> all() {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<Optional<DraftRecord>> get(String id) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public void saveSoon(DraftRecord draft) {
        LOG.warn("Draft {} is not kept: nobody is signed in", draft.id());
    }

    @Override
    public CompletableFuture<Void> save(DraftRecord draft) {
        return CompletableFuture.failedFuture(new IllegalStateException("Nobody is signed in: draft " + draft.id()
                + " cannot be kept"));
    }

    @Override
    public CompletableFuture<Void> delete(String id) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> flush() {
        return CompletableFuture.completedFuture(null);
    }
}
