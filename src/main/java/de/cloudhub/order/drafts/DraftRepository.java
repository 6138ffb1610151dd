package de.cloudhub.order.drafts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The drafts in the local store. Every method returns at once: the work runs on the store's one
 * writer thread, and the futures complete there (hand results to the FX thread yourself).
 */
public interface DraftRepository {
    /** Every draft, newest change first. */
    CompletableFuture<List<DraftRecord>> all();

    CompletableFuture<Optional<DraftRecord>> get(String id);

    /**
     * The drafts in one of {@code states} (e.g. those sent without an answer, looked up at every connection),
     * without reading every draft.
     */
    default CompletableFuture<List<DraftRecord>> inStates(java.util.Set<DraftState> states) {
        return all().thenApply(drafts -> drafts.stream().filter(d -> states.contains(d.state())).toList());
    }

    /**
     * The {@code limit} drafts changed last, newest first: what the drafts view shows before the rest is
     * loaded. Fewer than {@code limit} only when there are no more drafts.
     */
    default CompletableFuture<List<DraftRecord>> newest(int limit) {
        return all().thenApply(drafts -> drafts.subList(0, Math.min(limit, drafts.size())));
    }

    /**
     * Saves {@code draft} soon: within 300 ms of the last call for the same id (a burst of calls is
     * one write of the newest). Never blocks the caller.
     */
    void saveSoon(DraftRecord draft);

    /** Saves {@code draft} now (after any earlier pending save of it); completes once committed. */
    CompletableFuture<Void> save(DraftRecord draft);

    CompletableFuture<Void> delete(String id);

    /** Writes every pending {@link #saveSoon} now; completes once all are committed. */
    CompletableFuture<Void> flush();

    /** The drafts while nobody is signed in: none, and a save fails (a draft belongs to an account). */
    static DraftRepository nobodys() {
        return NobodysDrafts.INSTANCE;
    }
}
