package de.cloudhub.order.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.ModelJson;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The billing profiles and customers one account has seen, kept in the local store's cached documents as the
 * JSON of the model ({@link CachedDocuments#billingProfiles(String)}, {@link CachedDocuments#CUSTOMERS}) under
 * keys of that account: what one person was shown never serves another (nor another endpoint: the account
 * names its origin). Made by {@link AccountStore#billingCache}.
 */
public final class StoredBillingCache implements BillingCache {
    private static final Logger LOG = LoggerFactory.getLogger(StoredBillingCache.class);
    private static final ObjectMapper JSON = ModelJson.newMapper();
    private static final TypeReference<List<BillingProfile>> PROFILES = new TypeReference<>() { };
    private static final TypeReference<List<CustomerRef>> CUSTOMERS = new TypeReference<>() { };
    /** Sales staff search many customers over the years; the oldest seen beyond this are forgotten. */
    static final int MOST_CUSTOMERS_KEPT = 5000;

    /** The start of every key of an account's kept lists. */
    static final String ACCOUNT_PREFIX = "account:";

    private final CachedDocuments documents;
    private final AccountKey account;
    private final Clock clock;

    StoredBillingCache(CachedDocuments documents, AccountKey account, Clock clock) {
        this.documents = Objects.requireNonNull(documents);
        this.account = Objects.requireNonNull(account);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The key of {@code document} of {@code account}. */
    static String keyOf(AccountKey account, String document) {
        return ACCOUNT_PREFIX + account.tag() + document;
    }

    private String key(String document) {
        return keyOf(account, document);
    }

    @Override
    public Optional<SeenList<BillingProfile>> profiles(String customerId) {
        return read(key(CachedDocuments.billingProfiles(customerId)), PROFILES);
    }

    @Override
    public void keepProfiles(String customerId, List<BillingProfile> profiles) {
        write(key(CachedDocuments.billingProfiles(customerId)), List.copyOf(profiles));
    }

    @Override
    public Optional<SeenList<CustomerRef>> customers() {
        return read(key(CachedDocuments.CUSTOMERS), CUSTOMERS);
    }

    /** Synchronized: two searches finishing at once must not each write what the other did not see. */
    @Override
    public synchronized void keepCustomers(List<CustomerRef> found) {
        if (found.isEmpty()) {
            return;
        }
        Map<String, CustomerRef> seen = new LinkedHashMap<>();
        found.stream().filter(c -> c != null && c.id() != null).forEach(c -> seen.putIfAbsent(c.id(), c));
        customers().ifPresent(before -> before.items().forEach(c -> seen.putIfAbsent(c.id(), c)));
        List<CustomerRef> kept = new ArrayList<>(seen.values());
        write(key(CachedDocuments.CUSTOMERS), kept.subList(0, Math.min(kept.size(), MOST_CUSTOMERS_KEPT)));
    }

    private <T> Optional<SeenList<T>> read(String key, TypeReference<List<T>> type) {
        try {
            Optional<CachedDocument> kept = documents.get(key).join();
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            List<T> items = JSON.readValue(kept.get().json(), type);
            if (items == null || items.contains(null)) {
                LOG.warn("The kept list {} holds no usable entries; counting it as never seen", key);
                return Optional.empty();
            }
            return Optional.of(new SeenList<>(items, kept.get().fetchedAt()));
        } catch (JsonProcessingException | CompletionException | IllegalArgumentException e) {
            LOG.warn("The kept list {} cannot be read; counting it as never seen: {}", key, e.toString());
            return Optional.empty();
        }
    }

    private void write(String key, List<?> items) {
        try {
            documents.put(new CachedDocument(key, null, JSON.writeValueAsString(items), clock.instant())).join();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot keep " + key, e);
        }
    }
}
