package de.cloudhub.order.testing;

import java.util.concurrent.ExecutionException;

/** Hands what failed on another thread back to the test thread as it was thrown. */
final class Rethrow {
    private Rethrow() {
    }

    static RuntimeException cause(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}
