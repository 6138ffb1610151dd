package de.cloudhub.order.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.CachedContext;
import de.cloudhub.order.drafts.ContextCache;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.main.CatalogSource;
import de.cloudhub.order.ui.ordering.OrderSubmission.Phase;
import de.cloudhub.order.ui.wizard.OrderOutcomes;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.SessionServices;
import de.cloudhub.order.ui.wizard.summary.SummaryViewModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary and the order button get the catalog and terms again through the app's one catalog source
 * (which the session follows, as in the app), never from the API themselves.
 */
class ContextThroughCatalogSourceTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private CheckoutSandbox sandbox;
    private ApiClient api;
    private CatalogSource source;
    private int cacheWrites;
    private CachedContext lastKept;
    private final ContextCache cache = new ContextCache() {
        @Override
        public Optional<CachedContext> read() {
            return Optional.empty();
        }

        @Override
        public void write(CachedContext context) {
            cacheWrites++;
            lastKept = context;
        }
    };

    @BeforeEach
    void setUp() {
        sandbox = new CheckoutSandbox();
        api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN, 2);
        DirectTaskRunner tasks = new DirectTaskRunner();
        source = new CatalogSource(api, tasks, cache, timer, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        source.close();
        timer.shutdownNow();
        api.close();
        sandbox.close();
    }

    /** The source started, and the summary of {@code state} following it, entered, with the terms accepted. */
    private SummaryViewModel summaryWithTermsAccepted(OrderState state) {
        source.start(CatalogSource.FirstLoad.begin(api, cache, Runnable::run));
        SummaryViewModel vm = summaryFollowingTheSource(state);
        vm.onEnter();
        state.termsAcceptedProperty().set(true);
        return vm;
    }

    private SummaryViewModel summaryFollowingTheSource(OrderState state) {
        OrderSession session = new OrderSession(new SessionServices(api, new DirectTaskRunner(), url -> { },
                sandbox.billing, OrderOutcomes.IGNORED, source), state, null, sandbox.navigator, Clock.systemUTC());
        session.follow(source.catalogProperty(), source.meProperty(), source.termsProperty(), source.offlineProperty());
        return new SummaryViewModel(session);
    }

    @Test
    void aPriceChangedOnTheServerComesThroughTheCatalogSource() {
        OrderState state = sandbox.filledState(api);
        SummaryViewModel vm = summaryWithTermsAccepted(state);
        BigDecimal before = state.getPrice().map(PriceQuote::net).orElseThrow();
        int writesBefore = cacheWrites;

        sandbox.control("{\"prices\":{\"nodeSizes\":{\"a4-16\":\"999.00\"}}}");
        vm.placeOrder();

        assertThat(vm.submission().getPhase()).isEqualTo(Phase.REFUSED);
        BigDecimal now = state.getPrice().map(PriceQuote::net).orElseThrow();
        assertThat(now).isGreaterThan(before);
        // the source itself holds the new prices, and kept them for offline use
        assertThat(source.getCatalog()).isSameAs(state.catalogProperty().get());
        assertThat(cacheWrites).isGreaterThan(writesBefore);
        assertThat(vm.submission().getNotice().arguments()).extracting(a -> ((Money) a).amount())
                .containsExactly(before, now);
    }

    @Test
    void termsChangedOnTheServerComeThroughTheCatalogSourceAndAreKeptForOfflineUse() {
        OrderState state = sandbox.filledState(api);
        SummaryViewModel vm = summaryWithTermsAccepted(state);
        String old = source.termsProperty().get().version();
        assertThat(lastKept.terms().version()).isEqualTo(old);

        sandbox.control("{\"termsVersion\":\"2099-01\"}");
        vm.placeOrder();

        assertThat(vm.submission().getPhase()).isEqualTo(Phase.REFUSED);
        assertThat(vm.submission().getNotice().key()).isEqualTo("checkout.notice.terms-changed");
        assertThat(state.termsAcceptedProperty().get()).isFalse();
        // the source itself holds the new terms, the session shows them, and they were kept for offline use
        assertThat(source.termsProperty().get().version()).isEqualTo("2099-01").isNotEqualTo(old);
        assertThat(state.termsProperty().get()).isSameAs(source.termsProperty().get());
        assertThat(lastKept.terms().version()).isEqualTo("2099-01");

        state.termsAcceptedProperty().set(true);
        vm.placeOrder();
        assertThat(vm.submission().getPhase()).isEqualTo(Phase.PLACED);
    }

    @Test
    void termsMissingOnTheSummaryComeThroughTheCatalogSource() {
        OrderState state = sandbox.filledState(api);
        SummaryViewModel vm = summaryFollowingTheSource(state);
        assertThat(state.termsProperty().get()).isNull();

        vm.onEnter();

        assertThat(source.termsProperty().get()).isNotNull();
        assertThat(state.termsProperty().get()).isSameAs(source.termsProperty().get());
    }
}
