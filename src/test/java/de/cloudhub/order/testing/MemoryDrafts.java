package de.cloudhub.order.testing;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link DraftRepository} in memory for tests: like the SQLite one, every call returns at once and
 * its work runs (and its future completes) on one store thread of its own, never the caller's.
 */
public final class MemoryDrafts implements DraftRepository, AutoCloseable {
    private static final Comparator<DraftRecord> NEWEST_FIRST =
            Comparator.comparing(DraftRecord::updatedAt).reversed().thenComparing(DraftRecord::id);
    private final ExecutorService store = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "memory-drafts");
        t.setDaemon(true);
        return t;
    });
    /** Touched on the store thread only. */
    private final Map<String, DraftRecord> drafts = new HashMap<>();

    @Override
    public CompletableFuture<List<DraftRecord>> all() {
        return CompletableFuture.supplyAsync(() -> {
            List<DraftRecord> all = new ArrayList<>(drafts.values());
            all.sort(NEWEST_FIRST);
            return List.copyOf(all);
        }, store);
    }

    @Override
    public CompletableFuture<Optional<DraftRecord>> get(String id) {
        return CompletableFuture.supplyAsync(() -> Optional.ofNullable(drafts.get(id)), store);
    }

    @Override
    public void saveSoon(DraftRecord draft) {
        store.execute(() -> drafts.put(draft.id(), draft));
    }

    @Override
    public CompletableFuture<Void> save(DraftRecord draft) {
        return CompletableFuture.runAsync(() -> drafts.put(draft.id(), draft), store);
    }

    @Override
    public CompletableFuture<Void> delete(String id) {
        return CompletableFuture.runAsync(() -> drafts.remove(id), store);
    }

    @Override
    public CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(() -> { }, store);
    }

    /** Stores {@code records} and waits until they are in (test set-up). */
    public MemoryDrafts with(List<DraftRecord> records) {
        CompletableFuture.runAsync(() -> records.forEach(r -> drafts.put(r.id(), r)), store).join();
        return this;
    }

    /** The stored draft {@code id}, waiting for every earlier call. */
    public Optional<DraftRecord> stored(String id) {
        return get(id).join();
    }

    /** Every stored draft, newest first, waiting for every earlier call. */
    public List<DraftRecord> stored() {
        return all().join();
    }

    @Override
    public void close() {
        store.shutdownNow();
    }
}
