package de.cloudhub.order.drafts;

import de.cloudhub.order.model.Order;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the {@link LocalStore} keeps for one account: its drafts, the orders it follows, the billing profiles and
 * customers it has seen, and the draft it was last working on. Nothing here reads or writes another account's
 * rows. Cheap to make ({@link LocalStore#account}); its futures complete on the store's writer thread.
 */
public final class AccountStore {
    private static final Logger LOG = LoggerFactory.getLogger(AccountStore.class);
    private static final String ORDER_KEY = "order:";

    private final LocalStore store;
    private final AccountKey account;
    private final SqliteDrafts drafts;
    /** The start of this account's keys of pending followed orders. */
    private final String orderKey;

    AccountStore(LocalStore store, AccountKey account) {
        this.store = Objects.requireNonNull(store, "store");
        this.account = Objects.requireNonNull(account, "account");
        this.drafts = new SqliteDrafts(store, account);
        this.orderKey = ORDER_KEY + account.tag();
    }

    public AccountKey key() {
        return account;
    }

    public DraftRepository drafts() {
        return drafts;
    }

    /** The billing profiles and customers this account has seen; blocking reads, as {@link BillingCache} says. */
    public BillingCache billingCache(Clock clock) {
        return new StoredBillingCache(store.documents(), account, clock);
    }

    /** The id of the draft this account was last working on. */
    public CompletableFuture<Optional<String>> lastDraftId() {
        return store.settings().get(Settings.lastDraftOf(account));
    }

    /** Remembers {@code draftId} as the draft this account is working on; completes once committed. */
    public CompletableFuture<Void> rememberLastDraft(String draftId) {
        return store.settings().put(Settings.lastDraftOf(account), draftId);
    }

    /** The draft this account was last working on, if it is still there. */
    public CompletableFuture<Optional<DraftRecord>> lastDraft() {
        return lastDraftId().thenCompose(id -> id.isEmpty()
                ? CompletableFuture.completedFuture(Optional.empty()) : drafts.get(id.get()));
    }

    /** Every order this account follows as last seen (with when it was seen), newest first. */
    public CompletableFuture<List<FollowedOrder>> followedOrders() {
        return store.read(c -> {
            Map<String, FollowedOrder> orders = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT order_id, order_json, seen_at FROM followed_orders WHERE account = ?")) {
                select.setString(1, account.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        try {
                            String seen = rows.getString(3);
                            orders.put(rows.getString(1), new FollowedOrder(store.fromJson(rows.getString(2), Order.class),
                                    seen == null ? null : LocalStore.parseSortable(seen)));
                        } catch (IOException | RuntimeException e) {
                            LOG.warn("Skipping the followed order {} that cannot be read: {}", rows.getString(1),
                                    e.getMessage());
                        }
                    }
                }
            }
            store.overlay(orderKey, orders, FollowedOrder.class);
            List<FollowedOrder> list = new ArrayList<>(orders.values());
            list.sort(Comparator.comparing((FollowedOrder f) -> f.order().createdAt(),
                    Comparator.nullsLast(Comparator.reverseOrder())));
            return List.copyOf(list);
        });
    }

    /** Remembers {@code followed} (or its newer state) as followed by this account; completes once committed. */
    public CompletableFuture<Void> putFollowedOrder(FollowedOrder followed) {
        Order order = followed.order();
        String text = store.toJson(order);
        String created = order.createdAt() == null ? null : LocalStore.sortable(order.createdAt());
        String seen = followed.seenAt() == null ? null : LocalStore.sortable(followed.seenAt());
        return store.writeNow(orderKey + order.id(), followed, c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT OR REPLACE INTO followed_orders "
                    + "(account, order_id, order_json, created_at, seen_at) VALUES (?, ?, ?, ?, ?)")) {
                upsert.setString(1, account.id());
                upsert.setString(2, order.id());
                upsert.setString(3, text);
                upsert.setString(4, created);
                upsert.setString(5, seen);
                upsert.executeUpdate();
            }
        });
    }

    /** Writes every pending change of the store now; completes once all are committed. */
    public CompletableFuture<Void> flush() {
        return store.flush();
    }

    @Override
    public String toString() {
        return "AccountStore[" + account + "]";
    }
}
