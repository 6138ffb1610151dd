package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.LoopbackSandbox;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.testing.SavingDrafts;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.ContextSource;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.SessionServices;
import de.cloudhub.order.drafts.DraftRecord;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.WizardNavigator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The checkout tests' world: a real sandbox on a free loopback port with the test's own line to its control
 * API (see {@link LoopbackSandbox}), real {@link ApiClient}s, and recorders for what pages ask of the shell
 * and the app.
 */
public final class CheckoutSandbox extends LoopbackSandbox {
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final List<String> openedLinks = new CopyOnWriteArrayList<>();
    public final List<Order> placed = new CopyOnWriteArrayList<>();
    public final List<OrderDraft> kept = new CopyOnWriteArrayList<>();
    public final List<Order> earlier = new CopyOnWriteArrayList<>();
    /** The billing profiles and customers the sessions of this sandbox saw, shared by all of them. */
    public final MemoryBillingCache billing = new MemoryBillingCache();

    public CheckoutSandbox() {
        reset();
    }

    /** A client with short timeouts and pauses; {@code attempts} tries for GETs and ambiguous POSTs. */
    public ApiClient client(String token, int attempts) {
        return client(token, attempts, Duration.ofSeconds(3), Duration.ofMillis(50));
    }

    /** A client whose answers time out after {@code responseTimeout}, pausing at most {@code maxPause} between tries. */
    public ApiClient client(String token, int attempts, Duration responseTimeout, Duration maxPause) {
        return new ApiClient(new ApiConfig(baseUri(), token, Duration.ofSeconds(2), responseTimeout, attempts,
                maxPause, "CloudhubOrder/test"));
    }

    public ApiClient client(String token) {
        return client(token, 3);
    }

    public OrderSession context(OrderState state, ApiClient api, TaskRunner tasks) {
        OrderOutcomes outcomes = new OrderOutcomes() {
            @Override
            public void placed(OrderSession session, Order order) {
                placed.add(order);
            }

            @Override
            public void earlierFound(OrderSession session, Order order) {
                earlier.add(order);
            }
        };
        OrderSession session = new OrderSession(new SessionServices(api, tasks, openedLinks::add, billing, outcomes,
                reloadingFrom(api, state)), state,
                null, navigator, Clock.systemUTC());
        session.autosaveTo(new SavingDrafts(this::kept));
        return session;
    }

    /**
     * Stands in for the app's catalog source, which the session's state follows there: a reload puts the
     * server's catalog and terms into {@code state} (CatalogSourceTest covers the real one).
     */
    private static ContextSource reloadingFrom(ApiClient api, OrderState state) {
        return then -> {
            state.catalogProperty().set(api.catalog());
            state.termsProperty().set(api.terms());
            then.run();
        };
    }

    public OrderSession context(OrderState state, ApiClient api) {
        return context(state, api, new DirectTaskRunner());
    }

    /** The state as the app sets it up: the user, the catalog and the terms loaded from the server. */
    public OrderState loadedState(ApiClient api) {
        OrderState s = new OrderState();
        s.meProperty().set(api.me());
        s.catalogProperty().set(api.catalog());
        s.termsProperty().set(api.terms());
        if (s.meProperty().get().customer() != null) {
            s.customerIdProperty().set(s.meProperty().get().customer().id());
        }
        return s;
    }

    /** A complete, valid order of the demo customer with an existing billing profile; terms not yet ticked. */
    public OrderState filledState(ApiClient api) {
        OrderState s = loadedState(api);
        Catalog catalog = s.catalogProperty().get();
        ServiceOffering service = catalog.service(SandboxDemo.SERVICE_ID).orElseThrow();
        s.serviceIdProperty().set(service.id());
        s.nodeSizeProperty().set(SandboxDemo.NODE_SIZE);
        s.maxmemoryPolicyProperty().set(service.defaultMaxmemoryPolicy());
        s.storageGbProperty().set(service.storage().minGb() * 2);
        s.trustedSources().setAll(List.of(new TrustedSource("85.215.10.20/32", "office")));
        s.regionProperty().set(service.regions().get(0).id());
        s.billingModeProperty().set(BillingMode.EXISTING);
        s.billingProfileIdProperty().set(SandboxDemo.PROFILE_ID);
        s.referenceProperty().set(SandboxDemo.REFERENCE);
        return s;
    }

    /**
     * The checkout tests' start: a new sandbox, a client of the demo customer with {@code attempts} tries and
     * a complete, valid order in its state ({@link #filledState}); closing it closes the client and the sandbox.
     */
    public static Checkout checkout(int attempts) {
        CheckoutSandbox sandbox = new CheckoutSandbox();
        ApiClient api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN, attempts);
        return new Checkout(sandbox, api, sandbox.filledState(api));
    }

    /** A sandbox, a client of it and a filled order state: see {@link #checkout(int)}. */
    public record Checkout(CheckoutSandbox sandbox, ApiClient api, OrderState state) implements AutoCloseable {
        /** The summary's view-model on this order, with tasks run at once, entered as the wizard shell does. */
        public de.cloudhub.order.ui.wizard.summary.SummaryViewModel enteredSummary() {
            var vm = summary(new DirectTaskRunner());
            vm.onEnter();
            return vm;
        }

        /** The summary's view-model on this order, its tasks run by {@code tasks}, not yet entered. */
        public de.cloudhub.order.ui.wizard.summary.SummaryViewModel summary(TaskRunner tasks) {
            return new de.cloudhub.order.ui.wizard.summary.SummaryViewModel(sandbox.context(state, api, tasks));
        }

        @Override
        public void close() {
            api.close();
            sandbox.close();
        }
    }

    /** Records each draft a session stores at once ("Keep for later"), as the order with its key. */
    private CompletableFuture<Void> kept(DraftRecord draft) {
        OrderDraft d = OrderDraft.fromRequest(draft.order());
        d.setIdempotencyKey(draft.idempotencyKey());
        kept.add(d);
        return CompletableFuture.completedFuture(null);
    }

    /** Records what a page asks of the wizard shell. */
    public static final class RecordingNavigator implements WizardNavigator {
        public final List<StepId> wentTo = new CopyOnWriteArrayList<>();
        public final List<StepId> edited = new CopyOnWriteArrayList<>();

        @Override
        public void goTo(StepId step) {
            wentTo.add(step);
        }

        @Override
        public void editFromSummary(StepId step) {
            edited.add(step);
        }
    }
}
