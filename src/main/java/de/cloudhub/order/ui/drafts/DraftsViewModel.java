package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.common.CustomerChoice;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftRepository;
import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.main.AppNavigation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts view: every stored draft, newest change first, searchable and filterable by state and
 * (sales staff) by customer; open, duplicate, rename, delete with undo, export and import act on the
 * selected one. Loading and the texts of the lines run off the FX thread; the search runs over
 * precomputed texts. Call on the FX thread.
 */
public final class DraftsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DraftsViewModel.class);
    /** How long a deleted draft can be brought back. */
    public static final Duration UNDO_TIME = Duration.ofSeconds(10);
    private static final long LOAD_TIMEOUT_SECONDS = 60;

    /** Draft files in and out (the file chooser and the file format live there). */
    public interface Transfer {
        /** Writes {@code draft} to a file the person chooses. */
        void export(DraftRecord draft);

        /** Lets the person choose a draft file and makes a new draft of it. */
        void importFile();
    }

    /** A draft just deleted, which {@link #undoDelete()} saves back as it was. */
    public record DeletedNotice(String text, DraftRecord draft) {
    }

    private final DraftRepository repository;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Clock clock;
    private final Supplier<Catalog> catalog;
    private final Supplier<Me> me;
    private final AppNavigation navigation;
    private final DialogService dialogs;
    private final Transfer transfer;

    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DraftRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<CustomerChoice> customers = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<DraftStateFilter> stateFilter =
            new SimpleObjectProperty<>(this, "stateFilter", DraftStateFilter.ALL);
    private final ObjectProperty<CustomerChoice> customerFilter = new SimpleObjectProperty<>(this, "customerFilter");
    private final ObjectProperty<DraftRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper sales = new ReadOnlyBooleanWrapper(this, "sales", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper selectionNote = new ReadOnlyStringWrapper(this, "selectionNote", "");
    private final ReadOnlyStringWrapper duplicateText = new ReadOnlyStringWrapper(this, "duplicateText", "");
    private final ReadOnlyStringWrapper openBlocked = new ReadOnlyStringWrapper(this, "openBlocked", "");
    private final ReadOnlyStringWrapper duplicateBlocked = new ReadOnlyStringWrapper(this, "duplicateBlocked", "");
    private final ReadOnlyStringWrapper renameBlocked = new ReadOnlyStringWrapper(this, "renameBlocked", "");
    private final ReadOnlyStringWrapper deleteBlocked = new ReadOnlyStringWrapper(this, "deleteBlocked", "");
    private final ReadOnlyStringWrapper exportBlocked = new ReadOnlyStringWrapper(this, "exportBlocked", "");
    private final ReadOnlyObjectWrapper<DeletedNotice> deleted = new ReadOnlyObjectWrapper<>(this, "deleted");
    /** Counts loads, so the answer of an older one never replaces a newer list. */
    private long loadGeneration;
    /** The draft to select once the next load is shown (a copy just made), by id. */
    private String selectAfterLoad;
    private boolean loaded;
    /** How many drafts the running load brings. */
    private int loadingTotal;

    public DraftsViewModel(DraftRepository repository, TaskRunner tasks, I18n i18n, Clock clock,
                           Supplier<Catalog> catalog, Supplier<Me> me, AppNavigation navigation,
                           DialogService dialogs, Transfer transfer) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.me = Objects.requireNonNull(me, "me");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        customerFilter.set(CustomerChoice.everyCustomer(i18n.t("drafts.filter.customer.all")));
        search.addListener((obs, old, now) -> applyFilter());
        stateFilter.addListener((obs, old, now) -> applyFilter());
        customerFilter.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> updateActions());
        applyFilter();
        updateActions();
    }

    /**
     * Loads the drafts again (when the view is shown, and after a change made here). The newest
     * {@link #FIRST_ROWS} lines come first, so the list shows at once however many drafts there are;
     * the rest follow from a second background task.
     */
    public void refresh() {
        long generation = ++loadGeneration;
        loading.set(true);
        updatePlaceholder();
        Catalog current = catalog.get();
        Me who = me.get();
        boolean isSales = who != null && who.isSales();
        DraftRows texts = new DraftRows(i18n, clock.getZone(), current, isSales);
        // the newest lines first, read on their own (not the whole table), so the list shows at once
        tasks.run(() -> texts.rows(repository.newest(FIRST_ROWS).get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS)),
                first -> showFirst(generation, first, texts, isSales), error -> loadFailed(generation, error));
    }

    /** The lines shown before the rest of a load: the newest ones, as many as a tall window shows and more. */
    static final int FIRST_ROWS = 60;

    private void showFirst(long generation, List<DraftRow> first, DraftRows texts, boolean isSales) {
        if (generation != loadGeneration) {
            return;
        }
        String keep = selectAfterLoad != null ? selectAfterLoad : selected.get() == null ? null : selected.get().id();
        sales.set(isSales);
        rows.setAll(first);
        if (first.size() < FIRST_ROWS) {
            finish(keep);
            return;
        }
        applyFilter();
        select(keep);
        tasks.run(() -> texts.rows(DraftRows.newestFirst(repository.all().get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS))),
                all -> {
                    if (generation == loadGeneration) {
                        loadingTotal = all.size();
                        rows.setAll(all);
                        finish(keep);
                    }
                }, error -> loadFailed(generation, error));
    }

    private void finish(String keep) {
        loading.set(false);
        loaded = true;
        message.set("");
        selectAfterLoad = null;
        updateCustomers(List.copyOf(rows));
        applyFilter();
        select(keep);
    }

    private void select(String id) {
        if (id != null) {
            visibleRows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(selected::set);
        }
    }

    private void loadFailed(long generation, Throwable error) {
        if (generation != loadGeneration) {
            return;
        }
        loading.set(false);
        LOG.error("Loading the drafts failed", error);
        message.set(i18n.t("drafts.load-failed", String.valueOf(rootCause(error).getMessage())));
        updatePlaceholder();
    }

    private void updateCustomers(List<DraftRow> list) {
        CustomerChoice chosen = customerFilter.get();
        Map<String, CustomerChoice> byId = new LinkedHashMap<>();
        boolean withoutCustomer = false;
        for (DraftRow row : list) {
            String id = row.draft().customerId();
            if (id == null || id.isBlank()) {
                withoutCustomer = true;
            } else {
                byId.putIfAbsent(id, new CustomerChoice(false, id, row.customer()));
            }
        }
        List<CustomerChoice> choices = new ArrayList<>(byId.values());
        choices.sort(Comparator.comparing((CustomerChoice c) -> c.label().toLowerCase(Locale.ROOT)));
        choices.add(0, CustomerChoice.everyCustomer(i18n.t("drafts.filter.customer.all")));
        if (withoutCustomer) {
            choices.add(new CustomerChoice(false, null, i18n.t("drafts.filter.customer.none")));
        }
        customers.setAll(choices);
        CustomerChoice again = choices.stream().filter(c -> c.all() == chosen.all()
                && Objects.equals(c.customerId(), chosen.customerId())).findFirst().orElse(choices.get(0));
        customerFilter.set(again);
    }

    private void applyFilter() {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        DraftStateFilter state = stateFilter.get() == null ? DraftStateFilter.ALL : stateFilter.get();
        CustomerChoice customer = customerFilter.get();
        boolean byCustomer = sales.get() && customer != null;
        visibleRows.setPredicate(row -> state.accepts(row.state())
                && (!byCustomer || customer.accepts(row.draft().customerId()))
                && (query.isEmpty() || row.searchText().contains(query)));
        DraftRow current = selected.get();
        if (current == null || !visibleRows.contains(current)) {
            selected.set(visibleRows.isEmpty() ? null : visibleRows.get(0));
        }
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        countText.set(!loaded ? (loading.get() && loadingTotal > 0 ? i18n.t("drafts.count.loading", loadingTotal) : "")
                : visibleRows.size() == rows.size() ? i18n.t("drafts.count", rows.size())
                : i18n.t("drafts.count.filtered", visibleRows.size(), rows.size()));
        if (!loaded) {
            placeholder.set(loading.get() ? i18n.t("drafts.loading") : "");
        } else if (rows.isEmpty()) {
            placeholder.set(i18n.t("drafts.empty"));
        } else if (search.get() != null && !search.get().isBlank()) {
            placeholder.set(i18n.t("drafts.no-match.search", search.get().strip()));
        } else {
            placeholder.set(i18n.t("drafts.no-match.filter"));
        }
    }

    private void updateActions() {
        DraftRow row = selected.get();
        if (row == null) {
            String none = i18n.t("drafts.blocked.none-selected");
            openBlocked.set(none);
            duplicateBlocked.set(none);
            renameBlocked.set(none);
            deleteBlocked.set(none);
            exportBlocked.set(none);
            selectionNote.set("");
            duplicateText.set(i18n.t("drafts.action.duplicate"));
            return;
        }
        DraftState state = row.state();
        openBlocked.set("");
        exportBlocked.set("");
        duplicateBlocked.set(state == DraftState.OUTCOME_UNKNOWN ? i18n.t("drafts.blocked.duplicate.outcome-unknown") : "");
        renameBlocked.set(switch (state) {
            case DRAFT -> "";
            case SENDING -> i18n.t("drafts.blocked.rename.sending");
            case OUTCOME_UNKNOWN -> i18n.t("drafts.blocked.rename.outcome-unknown");
            case ORDERED -> i18n.t("drafts.blocked.rename.ordered");
        });
        deleteBlocked.set(switch (state) {
            case DRAFT, ORDERED -> "";
            case SENDING -> i18n.t("drafts.blocked.delete.sending");
            case OUTCOME_UNKNOWN -> i18n.t("drafts.blocked.delete.outcome-unknown");
        });
        selectionNote.set(switch (state) {
            case DRAFT -> "";
            case SENDING -> i18n.t("drafts.note.sending");
            case OUTCOME_UNKNOWN -> i18n.t("drafts.note.outcome-unknown");
            case ORDERED -> row.draft().orderId() == null ? i18n.t("drafts.note.ordered")
                    : i18n.t("drafts.note.ordered-as", row.draft().orderId());
        });
        duplicateText.set(i18n.t(state == DraftState.ORDERED ? "drafts.action.order-again" : "drafts.action.duplicate"));
    }

    /** Opens the selected draft: in the wizard, or an ordered one as its order's status. */
    public void open() {
        DraftRow row = selected.get();
        if (row != null) {
            navigation.openDraft(row.draft());
        }
    }

    /** Opens {@code row} (a double click). */
    public void open(DraftRow row) {
        selected.set(Objects.requireNonNull(row));
        open();
    }

    public void newOrder() {
        navigation.newOrder();
    }

    /**
     * Makes a new draft from the selected one: a new id, new times, no Idempotency-Key, state draft.
     * An ordered draft's copy ("Order again") opens in the wizard at once; any other is selected in the list.
     */
    public void duplicate() {
        DraftRow row = selected.get();
        if (row == null) {
            return;
        }
        if (!duplicateBlocked.get().isEmpty()) {
            dialogs.showInfo(i18n.t("drafts.duplicate.refused.title"), duplicateBlocked.get());
            return;
        }
        DraftRecord copy = copyOf(row.draft(), clock.instant());
        boolean orderAgain = row.state() == DraftState.ORDERED;
        whenDone(repository.save(copy), done -> {
            if (orderAgain) {
                navigation.openDraft(copy);
            } else {
                selectAfterLoad = copy.id();
                refresh();
            }
        }, error -> failed("drafts.duplicate.failed", error));
    }

    DraftRecord copyOf(DraftRecord original, Instant now) {
        String title = original.title().isBlank() ? i18n.t("drafts.row.untitled") : original.title();
        return new DraftRecord(UUID.randomUUID().toString(), i18n.t("drafts.copy-title", title), true,
                original.customerId(), original.customerName(), now, now, original.pageId(), DraftState.DRAFT, null,
                original.order(), null, original.priceSeen(), original.termsVersionSeen());
    }

    /** Asks for a new title of the selected draft; an empty one is refused. */
    public void rename() {
        DraftRow row = selected.get();
        if (row == null) {
            return;
        }
        if (!renameBlocked.get().isEmpty()) {
            dialogs.showInfo(i18n.t("drafts.rename.refused.title"), renameBlocked.get());
            return;
        }
        Optional<String> answer = dialogs.askText(i18n.t("drafts.rename.title"), i18n.t("drafts.rename.message"),
                row.draft().title(), i18n.t("drafts.rename.confirm"), i18n.t("drafts.rename.cancel"));
        if (answer.isEmpty()) {
            return;
        }
        String title = answer.get().strip();
        if (title.isEmpty()) {
            message.set(i18n.t("drafts.rename.empty"));
            return;
        }
        if (title.equals(row.draft().title()) && row.draft().titleByPerson()) {
            return;
        }
        DraftRecord renamed = row.draft().withTitle(title, true, clock.instant());
        whenDone(repository.save(renamed), done -> {
            message.set("");
            selectAfterLoad = renamed.id();
            refresh();
        }, error -> failed("drafts.rename.failed", error));
    }

    /**
     * Deletes the selected draft; for {@link #UNDO_TIME} {@link #undoDelete()} saves it back. A draft
     * being sent or whose send had no answer is kept, with the reason.
     */
    public void delete() {
        DraftRow row = selected.get();
        if (row == null) {
            return;
        }
        if (!deleteBlocked.get().isEmpty()) {
            dialogs.showInfo(i18n.t("drafts.delete.refused.title"), deleteBlocked.get());
            return;
        }
        DraftRecord draft = row.draft();
        whenDone(repository.delete(draft.id()), done -> {
            int at = visibleRows.indexOf(row);
            rows.remove(row);
            updateCustomers(List.copyOf(rows));
            if (!visibleRows.isEmpty() && at >= 0) {
                selected.set(visibleRows.get(Math.min(at, visibleRows.size() - 1)));
            }
            updatePlaceholder();
            deleted.set(new DeletedNotice(i18n.t("drafts.deleted", row.title()), draft));
        }, error -> failed("drafts.delete.failed", error));
    }

    /** Saves the draft deleted last back, exactly as it was. */
    public void undoDelete() {
        DeletedNotice notice = deleted.get();
        if (notice == null) {
            return;
        }
        deleted.set(null);
        DraftRecord draft = notice.draft();
        whenDone(repository.save(draft), done -> {
            selectAfterLoad = draft.id();
            refresh();
        }, error -> failed("drafts.undo.failed", error));
    }

    /** The undo time of {@code notice} is over (or the person closed it): the deletion stays. */
    public void dismissDeleted(DeletedNotice notice) {
        if (notice != null && deleted.get() == notice) {
            deleted.set(null);
        }
    }

    public void export() {
        DraftRow row = selected.get();
        if (row != null) {
            transfer.export(row.draft());
        }
    }

    public void importFile() {
        transfer.importFile();
    }

    /** Hands the outcome of a store future (completed on the store's thread) to the UI thread. */
    private <T> void whenDone(CompletableFuture<T> future, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        future.whenComplete((value, error) -> tasks.onUiThread(() -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(rootCause(error));
            }
        }));
    }

    private void failed(String key, Throwable error) {
        LOG.error("A drafts action failed ({})", key, error);
        message.set(i18n.t(key, String.valueOf(error.getMessage())));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public I18n i18n() { return i18n; }

    /** The lines the search and the filters let through, newest change first. */
    public ObservableList<DraftRow> getRows() { return visibleRows; }
    /** Every line loaded. */
    public int getLoadedCount() { return rows.size(); }
    public ObservableList<CustomerChoice> getCustomers() { return customers; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<DraftStateFilter> stateFilterProperty() { return stateFilter; }
    public ObjectProperty<CustomerChoice> customerFilterProperty() { return customerFilter; }
    public ObjectProperty<DraftRow> selectedProperty() { return selected; }
    public DraftRow getSelected() { return selected.get(); }
    /** True for sales staff: rows show the customer, and the customer filter is offered. */
    public ReadOnlyBooleanProperty salesProperty() { return sales.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public boolean isLoading() { return loading.get(); }
    /** What the empty list says: no drafts yet, nothing found, or loading. */
    public ReadOnlyStringProperty placeholderProperty() { return placeholder.getReadOnlyProperty(); }
    /** How many drafts there are, and how many the search and filters let through. */
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    /** A failure of the last load or action; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public String getMessage() { return message.get(); }
    /** Why the selected draft is read-only; empty for an editable one. */
    public ReadOnlyStringProperty selectionNoteProperty() { return selectionNote.getReadOnlyProperty(); }
    /** "Duplicate", or "Order again" for an ordered draft. */
    public ReadOnlyStringProperty duplicateTextProperty() { return duplicateText.getReadOnlyProperty(); }
    /** Why each action cannot be used on the selection; empty when it can. */
    public ReadOnlyStringProperty openBlockedProperty() { return openBlocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty duplicateBlockedProperty() { return duplicateBlocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty renameBlockedProperty() { return renameBlocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deleteBlockedProperty() { return deleteBlocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exportBlockedProperty() { return exportBlocked.getReadOnlyProperty(); }
    /** The draft just deleted, while it can be brought back; null otherwise. */
    public ReadOnlyObjectProperty<DeletedNotice> deletedProperty() { return deleted.getReadOnlyProperty(); }
    public DeletedNotice getDeleted() { return deleted.get(); }
}
