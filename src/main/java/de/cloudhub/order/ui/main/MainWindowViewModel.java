package de.cloudhub.order.ui.main;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.wizard.OrderState;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: the language, and the connection to the API — loading the order's
 * context (catalog, the signed-in user, terms) into {@link OrderState} off the FX thread, and what
 * went wrong when it could not.
 */
public final class MainWindowViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    private final ApiClient api;
    private final TaskRunner tasks;
    private final OrderState state;
    private final URI endpoint;
    private final boolean sandbox;
    private final ObjectProperty<Locale> locale;
    private final ReadOnlyObjectWrapper<ConnectionPhase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", ConnectionPhase.LOADING);
    private final ReadOnlyObjectWrapper<Me> me = new ReadOnlyObjectWrapper<>(this, "me");
    /** Why loading failed; set before the phase turns FAILED, so whoever reacts to the phase finds it. */
    private final ReadOnlyObjectWrapper<FailureMessage> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private Runnable onReady = () -> { };

    private record Context(Me me, Catalog catalog, Terms terms) {
    }

    public MainWindowViewModel(ApiClient api, TaskRunner tasks, OrderState state, URI endpoint, boolean sandbox,
                               Locale initialLocale) {
        this.api = Objects.requireNonNull(api);
        this.tasks = Objects.requireNonNull(tasks);
        this.state = Objects.requireNonNull(state);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.sandbox = sandbox;
        this.locale = new SimpleObjectProperty<>(this, "locale", Objects.requireNonNull(initialLocale));
    }

    /** Called on the FX thread each time the context has been loaded. */
    public void setOnReady(Runnable onReady) {
        this.onReady = Objects.requireNonNull(onReady);
    }

    /** Loads (or loads again, for Retry) the order's context. */
    public void load() {
        failure.set(null);
        phase.set(ConnectionPhase.LOADING);
        tasks.run(() -> new Context(api.me(), api.catalog(), api.terms()), this::loaded, this::failed);
    }

    private void loaded(Context context) {
        state.catalogProperty().set(context.catalog());
        state.termsProperty().set(context.terms());
        state.meProperty().set(context.me());
        if (context.me().customer() != null && !context.me().isSales()) {
            state.customerIdProperty().set(context.me().customer().id());
        }
        me.set(context.me());
        phase.set(ConnectionPhase.READY);
        LOG.info("Connected to {} as user {} ({})", endpoint, context.me().user() == null ? "?"
                : context.me().user().id(), context.me().role());
        onReady.run();
    }

    private void failed(Throwable error) {
        FailureMessage why = FailureMessage.of(error);
        if (why.kind() == ApiFailure.OTHER) {
            LOG.error("Loading from {} failed unexpectedly", endpoint, error);
        } else {
            // the exception's message is for the log; the person reads the sentence of its kind
            LOG.warn("Loading from {} failed ({}): {}", endpoint, why.kind(), error.getMessage());
        }
        failure.set(why);
        phase.set(ConnectionPhase.FAILED);
    }

    public URI endpoint() { return endpoint; }
    public boolean isSandbox() { return sandbox; }
    public ObjectProperty<Locale> localeProperty() { return locale; }
    public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ConnectionPhase getPhase() { return phase.get(); }
    public ReadOnlyObjectProperty<Me> meProperty() { return me.getReadOnlyProperty(); }
    /** Why the context could not be loaded; null unless the phase is FAILED. */
    public ReadOnlyObjectProperty<FailureMessage> failureProperty() { return failure.getReadOnlyProperty(); }
    public FailureMessage getFailure() { return failure.get(); }
}
