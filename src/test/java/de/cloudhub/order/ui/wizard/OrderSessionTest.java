package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.testing.RecordingDrafts;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.ui.wizard.billing.BillingPage;
import de.cloudhub.order.ui.wizard.nodesize.NodeSizePage;
import de.cloudhub.order.ui.wizard.region.RegionPage;
import de.cloudhub.order.ui.wizard.service.ServicePage;
import de.cloudhub.order.ui.wizard.storage.StoragePage;
import de.cloudhub.order.ui.wizard.summary.SummaryPage;
import de.cloudhub.order.ui.wizard.trustedsources.TrustedSourcesPage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session per draft: what becomes a draft, what it stores, how it opens, and that a disposed one is deaf. */
class OrderSessionTest {
    private CheckoutSandbox sandbox;
    private ApiClient api;
    private final RecordingDrafts drafts = new RecordingDrafts();
    private final SimpleObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Me> me = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Terms> terms = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty offline = new SimpleBooleanProperty();

    @BeforeEach
    void connect() {
        sandbox = new CheckoutSandbox();
        api = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        catalog.set(api.catalog());
        me.set(api.me());
        terms.set(api.terms());
    }

    @AfterEach
    void close() {
        api.close();
        sandbox.close();
    }

    private OrderSession session(DraftRecord draft) {
        OrderSession s = new OrderSession(new SessionServices(api, new DirectTaskRunner(), url -> { },
                new MemoryBillingCache(), OrderOutcomes.IGNORED, Runnable::run), new OrderState(), draft, null, Clock.systemUTC());
        s.buildWizard(it -> List.of(ServicePage.create(it), NodeSizePage.create(it), StoragePage.create(it),
                TrustedSourcesPage.create(it, new RecordingDialogService()), RegionPage.create(it), BillingPage.create(it), SummaryPage.create(it, new RecordingDialogService())));
        s.follow(catalog, me, terms, offline);
        s.autosaveTo(drafts);
        return s;
    }

    @Test
    void aDisposedSessionReceivesNoMoreEventsAndSavesNothingMore() {
        OrderSession s = session(null);
        s.start();
        s.state().nodeSizeProperty().set(SandboxDemo.NODE_SIZE);
        int savesBefore = drafts.saves().size();
        Catalog before = s.state().catalogProperty().get();

        s.dispose();
        int savesAtDispose = drafts.saves().size();
        catalog.set(null);
        me.set(null);
        offline.set(true);
        s.state().nodeSizeProperty().set("b2-4");
        s.saveNow();

        assertThat(savesBefore).isPositive();
        assertThat(savesAtDispose).isEqualTo(savesBefore + 1);
        assertThat(drafts.saves()).hasSize(savesAtDispose);
        assertThat(s.state().catalogProperty().get()).isSameAs(before);
        assertThat(s.state().meProperty().get()).isNotNull();
        assertThat(s.state().onlineProperty().get()).isTrue();
    }

    @Test
    void aNewOrderBecomesADraftWithItsFirstEditNotWithTheAppsOwnPreselection() {
        OrderSession s = session(null);
        s.start();
        assertThat(s.state().serviceIdProperty().get()).as("the only service, preselected").isNotNull();
        s.saveNow();
        assertThat(drafts.saves()).isEmpty();

        s.state().nodeSizeProperty().set(SandboxDemo.NODE_SIZE);

        assertThat(drafts.soon).hasSize(1);
        DraftRecord saved = drafts.soon.get(0);
        assertThat(saved.id()).isEqualTo(s.draftId());
        assertThat(saved.order().nodeSize()).isEqualTo(SandboxDemo.NODE_SIZE);
        assertThat(saved.state()).isEqualTo(DraftState.DRAFT);
        assertThat(saved.pageId()).isEqualTo(StepId.SERVICE.pageId());
        assertThat(saved.title()).startsWith(SandboxDemo.NODE_SIZE);
    }

    @Test
    void aStoredDraftOpensOnItsPageWithEveryInputAndTheTermsNotAccepted() {
        OrderSession first = session(null);
        first.start();
        first.state().nodeSizeProperty().set(SandboxDemo.NODE_SIZE);
        first.state().storageGbProperty().set(150);
        first.state().regionProperty().set(catalog.get().services().get(0).regions().get(0).id());
        first.state().termsAcceptedProperty().set(true);
        first.wizard().goTo(StepId.REGION);
        DraftRecord stored = first.toRecord();
        first.dispose();

        OrderSession again = session(stored);
        again.start();

        assertThat(again.draftId()).isEqualTo(stored.id());
        assertThat(again.wizard().getCurrentPage().id()).isEqualTo(StepId.REGION);
        assertThat(again.state().storageGbProperty().get()).isEqualTo(150);
        assertThat(again.state().nodeSizeProperty().get()).isEqualTo(SandboxDemo.NODE_SIZE);
        assertThat(again.state().termsAcceptedProperty().get()).isFalse();
        assertThat(stored.order().terms().accepted()).isFalse();
    }

    @Test
    void aDraftLeftWhileSendingOpensAsOutcomeUnknown() {
        OrderSession first = session(null);
        first.start();
        first.state().nodeSizeProperty().set(SandboxDemo.NODE_SIZE);
        DraftRecord sending = first.toRecord().withState(DraftState.SENDING, null, Instant.now());
        first.dispose();

        assertThat(session(sending).getDraftState()).isEqualTo(DraftState.OUTCOME_UNKNOWN);
    }

    @Test
    void discardingTheOrderDeletesItsDraftAndTheNextEditMakesANewOne() {
        OrderSession s = session(null);
        s.start();
        s.state().nodeSizeProperty().set(SandboxDemo.NODE_SIZE);
        String firstId = s.draftId();

        s.wizard().discard();
        s.state().nodeSizeProperty().set("b2-4");

        assertThat(drafts.deleted).containsExactly(firstId);
        assertThat(s.draftId()).isNotEqualTo(firstId);
        assertThat(drafts.saves().get(drafts.saves().size() - 1).id()).isEqualTo(s.draftId());
    }

    @Test
    void anOrderedDraftNeverSendsAgainAndOneSentWithoutAnswerWaitsForItsLookup() {
        Instant now = Instant.now();
        DraftRecord record = new DraftRecord("d-complete", "", false, SandboxDemo.CUSTOMER_ID, null, now, now,
                StepId.SUMMARY.pageId(), DraftState.DRAFT, null,
                SandboxDemo.validOrder(catalog.get(), terms.get().version()), null, null, null);
        int before = sandbox.ordersOnServer();

        for (DraftState state : new DraftState[] {DraftState.ORDERED, DraftState.OUTCOME_UNKNOWN}) {
            OrderSession reopened = session(record.withState(state, state == DraftState.ORDERED ? "o-1" : null,
                    Instant.now()));
            reopened.start();
            reopened.state().termsAcceptedProperty().set(true);
            reopened.submission().submit();
            assertThat(reopened.maySend()).isFalse();
            assertThat(reopened.wizard().readOnlyProperty().get()).isNotNull();
        }

        assertThat(sandbox.ordersOnServer()).isEqualTo(before);
    }
}
