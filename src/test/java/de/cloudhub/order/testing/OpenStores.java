package de.cloudhub.order.testing;

import de.cloudhub.order.drafts.FollowedOrdersStore;
import de.cloudhub.order.drafts.LocalStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local stores a test opens, one per data folder, closed after each test. A second
 * {@link #followed(Path)} for the same folder reads the followed orders from the store again, as the app
 * does after a restart. Register it with {@code @RegisterExtension final OpenStores stores = new OpenStores();}.
 */
public final class OpenStores implements AfterEachCallback {
    private final Map<Path, LocalStore> open = new LinkedHashMap<>();

    public synchronized LocalStore store(Path dataDir) {
        return open.computeIfAbsent(dataDir, LocalStore::open);
    }

    /** A fresh followed-orders view of the store of {@code dataDir}, loaded from it. */
    public FollowedOrdersStore followed(Path dataDir) {
        return new FollowedOrdersStore(store(dataDir).account(TestAccounts.A));
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        open.values().forEach(LocalStore::close);
        open.clear();
    }
}
