package de.cloudhub.order.drafts;

import java.util.Optional;

/** Where the last fetched {@link CachedContext} is kept. Blocking; call it off the FX thread. */
public interface ContextCache {
    Optional<CachedContext> read();

    void write(CachedContext context);

    /** A cache that keeps nothing (a start without a store). */
    ContextCache NONE = new ContextCache() {
        @Override
        public Optional<CachedContext> read() {
            return Optional.empty();
        }

        @Override
        public void write(CachedContext context) {
        }
    };
}
