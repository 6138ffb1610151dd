package de.cloudhub.order.testing;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A store that only hands each {@link #save} to the test (which decides when it commits) and holds nothing. */
public final class SavingDrafts implements DraftRepository {
    private final Function<DraftRecord, CompletableFuture<Void>> save;

    public SavingDrafts(Function<DraftRecord, CompletableFuture<Void>> save) {
        this.save = save;
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
    }

    @Override
    public CompletableFuture<Void> save(DraftRecord draft) {
        return save.apply(draft);
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
