package de.cloudhub.order.app;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.drafts.Settings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window opens with, read from the local store before the window shows (in the background, see
 * {@link AppStart}): the draft the person
 * was last working on, the language chosen in the window, and the window's place.
 */
record Startup(Optional<DraftRecord> lastDraft, Optional<Locale> locale, Optional<WindowPlacement> placement) {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    /** Reads it from {@code store}; blocking, so never call it on the FX thread. */
    static Startup read(LocalStore store) {
        try {
            Map<String, String> settings = store.settings().all().join();
            String lastId = settings.get(Settings.LAST_DRAFT_ID);
            Optional<DraftRecord> last = lastId == null ? Optional.empty() : store.drafts().get(lastId).join();
            String language = settings.get(Settings.LOCALE);
            Optional<Locale> locale = language == null || language.isBlank() ? Optional.empty()
                    : Optional.of(Locale.forLanguageTag(language));
            return new Startup(last, locale, WindowPlacement.parse(settings.get(Settings.WINDOW_BOUNDS)));
        } catch (CompletionException e) {
            LOG.warn("Cannot read the last draft and the window settings; starting fresh", e);
            return none();
        }
    }

    /** Nothing remembered: a new order in the default language at the app's own size. */
    static Startup none() {
        return new Startup(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
