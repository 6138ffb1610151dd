package de.cloudhub.order.ui.main;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiProblemException;
import de.cloudhub.order.api.ApiUnreachableException;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.wizard.OrderState;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ReadOnlyStringWrapper failureDetail = new ReadOnlyStringWrapper(this, "failureDetail", "");
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
        phase.set(ConnectionPhase.LOADING);
        failureDetail.set("");
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
        if (error instanceof ApiUnreachableException) {
            phase.set(ConnectionPhase.UNREACHABLE);
            failureDetail.set(messageOf(error));
            LOG.warn("Cannot reach {}: {}", endpoint, error.getMessage());
        } else if (error instanceof ApiProblemException problem
                && (problem.status() == 401 || problem.status() == 403)) {
            phase.set(ConnectionPhase.UNAUTHORIZED);
            failureDetail.set("HTTP " + problem.status());
            LOG.warn("{} refused the token: HTTP {}", endpoint, problem.status());
        } else {
            phase.set(ConnectionPhase.FAILED);
            failureDetail.set(messageOf(error));
            LOG.warn("Loading from {} failed", endpoint, error);
        }
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    public URI endpoint() { return endpoint; }
    public boolean isSandbox() { return sandbox; }
    public ObjectProperty<Locale> localeProperty() { return locale; }
    public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ConnectionPhase getPhase() { return phase.get(); }
    public ReadOnlyObjectProperty<Me> meProperty() { return me.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failureDetailProperty() { return failureDetail.getReadOnlyProperty(); }
}
