package de.cloudhub.order.ui.common;

import java.util.concurrent.CompletionStage;

/**
 * Hands a link to the system's browser. Completes with false when nothing took it (no browser
 * installed or configured), so the app can show the link instead of doing nothing visible.
 */
@FunctionalInterface
public interface Browser {
    CompletionStage<Boolean> browse(String url);
}
