package de.cloudhub.order.ui.main;

import de.cloudhub.order.drafts.StoreStatus;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.FailureMessage;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state: the language, which endpoint the app talks to, and where it stands with
 * it — read from the one {@link CatalogSource} (loading, ready from a fresh or a kept copy, offline).
 */
public final class MainWindowViewModel {
    private final CatalogSource source;
    private final URI endpoint;
    private final boolean sandbox;
    private final ObjectProperty<Locale> locale;
    private final ObjectProperty<StoreStatus> storeStatus = new SimpleObjectProperty<>(this, "storeStatus", StoreStatus.ok());

    public MainWindowViewModel(CatalogSource source, URI endpoint, boolean sandbox, Locale initialLocale) {
        this.source = Objects.requireNonNull(source);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.sandbox = sandbox;
        this.locale = new SimpleObjectProperty<>(this, "locale", Objects.requireNonNull(initialLocale));
    }

    /** Tries the server again now (Retry). */
    public void load() {
        source.retryNow();
    }

    /** Whether drafts are being saved: OK, or why not (a full disk, a database that could not be opened). */
    public ObjectProperty<StoreStatus> storeStatusProperty() { return storeStatus; }

    public URI endpoint() { return endpoint; }
    public boolean isSandbox() { return sandbox; }
    public ObjectProperty<Locale> localeProperty() { return locale; }
    public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() { return source.phaseProperty(); }
    public ConnectionPhase getPhase() { return source.getPhase(); }
    public ReadOnlyObjectProperty<Me> meProperty() { return source.meProperty(); }
    /** Why the server could not be used the last time; null after a success. */
    public ReadOnlyObjectProperty<FailureMessage> failureProperty() { return source.failureProperty(); }
    public FailureMessage getFailure() { return source.getFailure(); }
    /** True while the server cannot be reached and the app works from its kept copy. */
    public ReadOnlyBooleanProperty offlineProperty() { return source.offlineProperty(); }
    public ReadOnlyBooleanProperty checkingProperty() { return source.checkingProperty(); }
    /** When the prices shown were fetched. */
    public ReadOnlyObjectProperty<Instant> fetchedAtProperty() { return source.fetchedAtProperty(); }
}
