package de.cloudhub.order.ui.wizard;

/**
 * Where the order's context (the signed-in user, the catalog, the terms) comes from: the app's one
 * catalog source, which every session follows. A page that needs the context again (a price changed on
 * the server, the order refused for changed terms, no terms loaded yet) asks it here and never the API itself, so the copy kept for offline
 * use, its ETag and the connection state stay the one source's.
 */
@FunctionalInterface
public interface ContextSource {
    /**
     * Asks the server for the context again now; the sessions following the source get what it answers.
     * {@code then} runs on the FX thread once the server answered or the attempt failed.
     */
    void reload(Runnable then);
}
