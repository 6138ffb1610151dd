package de.cloudhub.order.app;

import de.cloudhub.order.drafts.AccountKey;
import de.cloudhub.order.drafts.AccountStore;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.drafts.LocalStore;
import de.cloudhub.order.drafts.Settings;
import de.cloudhub.order.drafts.StoredContext;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window opens with, read from the local store before the window shows (in the background, see
 * {@link AppStart}): the account last signed in on this endpoint — so its drafts open before the server
 * answered, and without a network — with the orders it follows and the draft it was last working on, the
 * language chosen in the window, and the window's place.
 *
 * @param account  the last account of this endpoint, made current; empty when nobody was signed in here
 * @param followed the orders that account follows (nobody's while there is none)
 */
record Startup(Optional<AccountStore> account, FollowedOrdersStore followed, Optional<DraftRecord> lastDraft,
               Optional<Locale> locale, Optional<WindowPlacement> placement) {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    Startup {
        Objects.requireNonNull(followed, "followed");
    }

    /**
     * Reads it from {@code store}; blocking, so never call it on the FX thread.
     *
     * @param endpoint the origin of this start's accounts ({@link AccountKey#endpoint})
     * @param keptFor  whose catalog and {@code /me} the store keeps for this endpoint (as {@link StoredContext}'s
     *                 scope): without a last account (a store of the time before accounts) the user of the kept
     *                 {@code /me} is the last account
     */
    static Startup read(LocalStore store, String endpoint, String keptFor) {
        try {
            Map<String, String> settings = store.settings().all().join();
            Optional<AccountKey> last = AccountKey.parse(settings.get(Settings.lastAccountOf(endpoint)))
                    .or(() -> new StoredContext(store.documents(), keptFor).me()
                            .flatMap(me -> AccountKey.of(endpoint, me)));
            Optional<AccountStore> account = last.map(key -> current(store, key));
            Optional<DraftRecord> lastDraft = account.isEmpty() ? Optional.empty() : account.get().lastDraft().join();
            FollowedOrdersStore followed = account.map(FollowedOrdersStore::new).orElseGet(FollowedOrdersStore::ofNobody);
            String language = settings.get(Settings.LOCALE);
            Optional<Locale> locale = language == null || language.isBlank() ? Optional.empty()
                    : Optional.of(Locale.forLanguageTag(language));
            return new Startup(account, followed, lastDraft, locale, WindowPlacement.parse(settings.get(Settings.WINDOW_BOUNDS)));
        } catch (CompletionException e) {
            LOG.warn("Cannot read the last account, its last draft and the window settings; starting fresh", e);
            return none();
        }
    }

    /**
     * {@code key}'s store, made current ({@link LocalStore#makeCurrent}); blocking. When that write fails (a full
     * disk) the store keeps retrying it, and the account's drafts open all the same.
     */
    static AccountStore current(LocalStore store, AccountKey key) {
        try {
            return store.makeCurrent(key).join();
        } catch (CompletionException e) {
            LOG.warn("Cannot remember {} as the current account yet; its drafts open all the same", key, e.getCause());
            return store.account(key);
        }
    }

    /** Nothing remembered: nobody signed in, a new order in the default language at the app's own size. */
    static Startup none() {
        return new Startup(Optional.empty(), FollowedOrdersStore.ofNobody(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
