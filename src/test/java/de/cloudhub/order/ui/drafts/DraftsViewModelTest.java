package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.common.CustomerChoice;

import de.cloudhub.order.ui.testing.RecordingDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.UserInfo;
import de.cloudhub.order.testing.MemoryDrafts;
import de.cloudhub.order.testing.UiThread;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.main.AppNavigation;
import de.cloudhub.order.ui.main.Destination;
import de.cloudhub.order.ui.main.Place;
import de.cloudhub.order.ui.ordering.UiThreadTaskRunner;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The drafts view-model against an in-memory store whose futures complete on a store thread. */
class DraftsViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant LATER = SampleDrafts.NOW.plusSeconds(90);

    private final MemoryDrafts store = new MemoryDrafts().with(SampleDrafts.mixed());
    private final UiThreadTaskRunner tasks = new UiThreadTaskRunner();
    private final UiThread ui = tasks.ui();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Object> sessions = new CopyOnWriteArrayList<>();
    private final List<String> transfers = new CopyOnWriteArrayList<>();
    private final AtomicReference<Catalog> catalog = new AtomicReference<>(TestCatalogs.single());
    private final AtomicReference<Me> me = new AtomicReference<>(customer());
    private AppNavigation navigation;
    private DraftsViewModel vm;

    static Me customer() {
        return new Me(new UserInfo("u-1", "Kim Kunde", "kim@example.com"), Me.ROLE_CUSTOMER,
                new CustomerRef("c-acme", "10042", "Acme GmbH"));
    }

    static Me sales() {
        return new Me(new UserInfo("u-2", "Sam Sales", "sam@example.com"), Me.ROLE_SALES, null);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        store.close();
    }

    private void shown() {
        ui.run(() -> {
            navigation = new AppNavigation(draft -> sessions.add(draft == null ? "new order" : draft));
            vm = new DraftsViewModel(store, tasks, new I18n(Locale.ENGLISH), Clock.fixed(LATER, ZoneOffset.UTC),
                    catalog::get, me::get, navigation, dialogs, new RecordingTransfer(transfers));
        });
        refreshed();
    }

    private void refreshed() {
        ui.run(vm::refresh);
        ui.until("the drafts are loaded", WAIT, () -> !vm.isLoading());
    }

    private List<String> ids() {
        return ui.call(() -> vm.getRows().stream().map(DraftRow::id).toList());
    }

    private void select(String id) {
        ui.run(() -> vm.selectedProperty().set(vm.getRows().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow()));
    }

    private DraftRow row(String id) {
        return ui.call(() -> vm.getRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void listsTheDraftsNewestChangeFirst() {
        shown();

        assertThat(ids()).containsExactly("d1", "d2", "d3", "d4", "d5", "d6", "d7");
        assertThat(ui.call(() -> vm.getSelected().id())).isEqualTo("d1");
    }

    @Test
    void searchFindsTitleCustomerReferenceNodeSizeAndRegionIgnoringCaseAndSpaces() {
        me.set(sales());
        shown();

        ui.run(() -> vm.searchProperty().set("  po-4711 "));
        assertThat(ids()).containsExactly("d1");
        ui.run(() -> vm.searchProperty().set("CUSTOMER C-GLOBEX"));
        assertThat(ids()).containsExactly("d4", "d5");
        ui.run(() -> vm.searchProperty().set("R4-32"));
        assertThat(ids()).containsExactly("d4");
        ui.run(() -> vm.searchProperty().set("de-north"));
        assertThat(ids()).containsExactly("d3", "d5");
        ui.run(() -> vm.searchProperty().set("for the shop"));
        assertThat(ids()).containsExactly("d2");
        ui.run(() -> vm.searchProperty().set("nothing like this"));
        assertThat(ids()).isEmpty();
        assertThat(ui.call(() -> vm.placeholderProperty().get())).isEqualTo("No draft matches “nothing like this”.");
        assertThat(ui.call(vm::getSelected)).isNull();
    }

    @Test
    void theStateFilterShowsOneStateOnly() {
        shown();

        ui.run(() -> vm.stateFilterProperty().set(DraftStateFilter.ORDERED));
        assertThat(ids()).containsExactly("d5");
        ui.run(() -> vm.stateFilterProperty().set(DraftStateFilter.DRAFT));
        assertThat(ids()).containsExactly("d1", "d2", "d6", "d7");
        assertThat(ui.call(() -> vm.countTextProperty().get())).isEqualTo("4 of 7 drafts");
    }

    @Test
    void salesStaffSeeAndFilterByCustomer() {
        me.set(sales());
        shown();

        assertThat(ui.call(() -> vm.salesProperty().get())).isTrue();
        assertThat(row("d1").customer()).isEqualTo("Customer c-acme");
        assertThat(row("d2").customer()).isEqualTo("No customer chosen");
        List<CustomerChoice> choices = ui.call(() -> List.copyOf(vm.getCustomers()));
        assertThat(choices).extracting(CustomerChoice::label)
                .containsExactly("All customers", "Customer c-acme", "Customer c-globex", "No customer yet");

        ui.run(() -> vm.customerFilterProperty().set(choices.get(2)));
        assertThat(ids()).containsExactly("d4", "d5");
        ui.run(() -> vm.customerFilterProperty().set(choices.get(3)));
        assertThat(ids()).containsExactly("d2", "d7");
    }

    @Test
    void aCustomerSeesNoCustomerColumnAndNoCustomerFilter() {
        shown();

        assertThat(ui.call(() -> vm.salesProperty().get())).isFalse();
        assertThat(row("d1").customer()).isEmpty();
    }

    @Test
    void eachDraftSaysWhetherItIsReadyOrHowManyProblemsItHasAgainstTheCurrentCatalog() {
        shown();

        assertThat(row("d1").readiness()).isEqualTo("Ready to order");
        int expected = OrderValidator.validate(OrderDraft.fromRequest(SampleDrafts.started()), TestCatalogs.single(),
                null).size();
        assertThat(expected).isGreaterThan(1);
        assertThat(row("d2").problems()).isEqualTo(expected);
        assertThat(row("d2").readiness()).isEqualTo(expected + " problems");
        assertThat(row("d1").price()).isEqualTo("€90.00 per month");
        assertThat(row("d5").stateText()).isEqualTo("Ordered as o-d5");
        assertThat(row("d7").title()).isEqualTo("Untitled draft");
    }

    @Test
    void withoutACatalogNoProblemCountIsShown() {
        catalog.set(null);
        shown();

        assertThat(row("d1").readiness()).isEmpty();
        assertThat(row("d2").problems()).isEqualTo(-1);
    }

    @Test
    void duplicateMakesANewDraftWithANewIdNoKeyAndStateDraft() {
        shown();
        select("d1");

        ui.run(vm::duplicate);
        ui.until("the copy is listed", WAIT, () -> vm.getLoadedCount() == 8 && !vm.isLoading());

        DraftRecord original = store.stored("d1").orElseThrow();
        DraftRow copy = ui.call(vm::getSelected);
        assertThat(copy.id()).isNotEqualTo("d1");
        assertThat(ids().get(0)).isEqualTo(copy.id());
        DraftRecord stored = store.stored(copy.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("a2-8 · 100 GB · DE-WEST (copy)");
        assertThat(stored.state()).isEqualTo(DraftState.DRAFT);
        assertThat(stored.idempotencyKey()).isNull();
        assertThat(stored.orderId()).isNull();
        assertThat(stored.createdAt()).isEqualTo(LATER);
        assertThat(stored.updatedAt()).isEqualTo(LATER);
        assertThat(stored.order()).isEqualTo(original.order());
        assertThat(sessions).isEmpty();
    }

    @Test
    void anOrderedDraftIsOrderedAgainAsANewDraftOpenedInTheWizard() {
        shown();
        select("d5");
        assertThat(ui.call(() -> vm.duplicateTextProperty().get())).isEqualTo("Order again");
        assertThat(ui.call(() -> vm.renameBlockedProperty().get())).isNotEmpty();

        ui.run(vm::duplicate);
        ui.until("the copy is open", WAIT, () -> !sessions.isEmpty());

        DraftRecord copy = (DraftRecord) sessions.get(0);
        assertThat(copy.id()).isNotEqualTo("d5");
        assertThat(copy.state()).isEqualTo(DraftState.DRAFT);
        assertThat(copy.idempotencyKey()).isNull();
        assertThat(copy.orderId()).isNull();
        assertThat(store.stored(copy.id())).contains(copy);
        assertThat(ui.call(() -> navigation.getDestination())).isEqualTo(Destination.of(Place.WIZARD));
    }

    @Test
    void aDraftWhoseOutcomeIsUnknownIsNotDuplicatedAndSaysWhy() {
        shown();
        select("d4");

        assertThat(ui.call(() -> vm.duplicateBlockedProperty().get())).contains("not known whether");
        assertThat(ui.call(() -> vm.selectionNoteProperty().get())).contains("had no answer");
        ui.run(vm::duplicate);

        assertThat(store.stored()).hasSize(7);
        assertThat(dialogs.shown).singleElement().satisfies(s -> assertThat(s.kind() + ": " + s.title())
                .startsWith("info: The draft cannot be duplicated"));
    }

    @Test
    void renameStoresTheNewTitleAsThePersons() {
        shown();
        select("d2");
        dialogs.texts.add("  Shop cache, second try ");

        ui.run(vm::rename);
        ui.until("the new title is listed", WAIT, () -> !vm.isLoading()
                && vm.getRows().stream().anyMatch(r -> r.title().equals("Shop cache, second try")));

        DraftRecord renamed = store.stored("d2").orElseThrow();
        assertThat(renamed.title()).isEqualTo("Shop cache, second try");
        assertThat(renamed.titleByPerson()).isTrue();
        assertThat(renamed.updatedAt()).isEqualTo(LATER);
        assertThat(dialogs.shown).singleElement().satisfies(s -> {
            assertThat(s.kind() + ": " + s.title()).isEqualTo("ask: Rename the draft");
            assertThat(s.message()).endsWith(" [Cache for the shop]");
        });
        assertThat(ui.call(() -> vm.getSelected().id())).isEqualTo("d2");
    }

    @Test
    void anEmptyTitleIsRefused() {
        shown();
        select("d2");
        dialogs.texts.add("   ");

        ui.run(vm::rename);

        assertThat(ui.call(vm::getMessage)).isEqualTo("A draft needs a title. The title was not changed.");
        assertThat(store.stored("d2").orElseThrow().title()).isEqualTo("Cache for the shop");
    }

    @Test
    void deleteThenUndoBringsBackTheSameDraft() {
        shown();
        DraftRecord before = store.stored("d2").orElseThrow();
        select("d2");

        ui.run(vm::delete);
        ui.until("the draft is gone", WAIT, () -> vm.getDeleted() != null);
        assertThat(store.stored("d2")).isEmpty();
        assertThat(ids()).doesNotContain("d2");
        assertThat(ui.call(() -> vm.getDeleted().text())).isEqualTo("Draft “Cache for the shop” deleted.");
        assertThat(ui.call(() -> vm.getSelected().id())).isEqualTo("d3");

        ui.run(vm::undoDelete);
        ui.until("the draft is back", WAIT, () -> !vm.isLoading() && vm.getLoadedCount() == 7);

        assertThat(store.stored("d2")).contains(before);
        assertThat(ids()).containsExactly("d1", "d2", "d3", "d4", "d5", "d6", "d7");
        assertThat(ui.call(vm::getDeleted)).isNull();
    }

    @Test
    void aDismissedUndoKeepsTheDraftDeleted() {
        shown();
        select("d2");
        ui.run(vm::delete);
        ui.until("the draft is gone", WAIT, () -> vm.getDeleted() != null);

        ui.run(() -> vm.dismissDeleted(vm.getDeleted()));
        ui.run(vm::undoDelete);

        assertThat(store.stored("d2")).isEmpty();
    }

    @Test
    void aDraftBeingSentOrWithUnknownOutcomeIsNotDeletedAndSaysWhy() {
        shown();
        select("d3");
        assertThat(ui.call(() -> vm.deleteBlockedProperty().get())).contains("being sent");
        ui.run(vm::delete);
        select("d4");
        assertThat(ui.call(() -> vm.deleteBlockedProperty().get())).contains("not known yet");
        ui.run(vm::delete);

        assertThat(store.stored()).hasSize(7);
        assertThat(dialogs.shown).hasSize(2)
                .allMatch(s -> (s.kind() + ": " + s.title()).startsWith("info: The draft cannot be deleted"));
    }

    @Test
    void anOrderedDraftOpensItsOrdersStatus() {
        shown();
        select("d5");

        ui.run(vm::open);

        assertThat(ui.call(() -> navigation.getDestination())).isEqualTo(Destination.order("o-d5"));
        assertThat(sessions).isEmpty();
    }

    @Test
    void aDraftOpensInTheWizard() {
        shown();
        select("d2");

        ui.run(vm::open);

        assertThat(sessions).singleElement().isEqualTo(store.stored("d2").orElseThrow());
        assertThat(ui.call(() -> navigation.getDestination())).isEqualTo(Destination.of(Place.WIZARD));
    }

    @Test
    void newOrderImportAndExportGoWhereTheyBelong() {
        shown();
        select("d6");

        ui.run(vm::export);
        ui.run(vm::importFile);
        ui.run(vm::newOrder);

        assertThat(transfers).containsExactly("export d6", "import");
        assertThat(sessions).containsExactly("new order");
    }

    @Test
    void anEmptyStoreSaysHowToStart() {
        store.with(List.of());
        store.stored().forEach(d -> store.delete(d.id()).join());
        shown();

        assertThat(ids()).isEmpty();
        assertThat(ui.call(() -> vm.placeholderProperty().get())).isEqualTo("No drafts yet — start a new order.");
        assertThat(ui.call(() -> vm.openBlockedProperty().get())).isEqualTo("Select a draft first.");
    }

    @Test
    void showingTheViewAgainLoadsWhatChangedMeanwhile() {
        shown();
        store.with(List.of(SampleDrafts.draft("d0", "Made in the wizard", DraftState.DRAFT, 0, SampleDrafts.started())));

        refreshed();

        assertThat(ids()).startsWith("d0", "d1");
    }
}
