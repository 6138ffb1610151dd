package de.cloudhub.order.testing;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A draft repository in memory that records every call, for tests of what a session hands to the store. */
public final class RecordingDrafts implements DraftRepository {
    public final List<DraftRecord> soon = new CopyOnWriteArrayList<>();
    public final List<DraftRecord> now = new CopyOnWriteArrayList<>();
    public final List<String> deleted = new CopyOnWriteArrayList<>();
    private final Map<String, DraftRecord> stored = new LinkedHashMap<>();

    @Override
    public synchronized CompletableFuture<List<DraftRecord>> all() {
        List<DraftRecord> list = new ArrayList<>(stored.values());
        list.sort(Comparator.comparing(DraftRecord::updatedAt).reversed());
        return CompletableFuture.completedFuture(List.copyOf(list));
    }

    @Override
    public synchronized CompletableFuture<Optional<DraftRecord>> get(String id) {
        return CompletableFuture.completedFuture(Optional.ofNullable(stored.get(id)));
    }

    @Override
    public synchronized void saveSoon(DraftRecord draft) {
        soon.add(draft);
        stored.put(draft.id(), draft);
    }

    @Override
    public synchronized CompletableFuture<Void> save(DraftRecord draft) {
        now.add(draft);
        stored.put(draft.id(), draft);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> delete(String id) {
        deleted.add(id);
        stored.remove(id);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> flush() {
        return CompletableFuture.completedFuture(null);
    }

    /** Every save, soon or now, in order. */
    public List<DraftRecord> saves() {
        List<DraftRecord> all = new ArrayList<>(soon);
        all.addAll(now);
        return all;
    }
}
