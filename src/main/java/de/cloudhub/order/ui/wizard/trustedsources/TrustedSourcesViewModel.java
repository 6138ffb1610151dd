package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.ClientAddress;
import de.cloudhub.order.model.NormalizedSource;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.model.TrustedSourceCheck;
import de.cloudhub.order.model.TrustedSourceRules;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trusted-sources step: the addresses and ranges allowed to reach the service.
 *
 * <p>Entries are stored normalised (host bits cleared, a single address as /32 or /128): that is what
 * the summary shows and the order sends. The text as typed is remembered here so the model's
 * notice about the normalisation stays visible next to the entry. Text that cannot be parsed is not
 * added; it stays in the input with the reason, so it can be fixed.
 */
public final class TrustedSourcesViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedSourcesViewModel.class);
    static final String FIELD = "trustedSources";
    static final String ALLOW_ALL_FIELD = "allowAllAddresses";
    /** Longest description the provider accepts. */
    public static final int MAX_DESCRIPTION = TrustedSourceRules.MAX_DESCRIPTION_LENGTH;
    static final String UNPARSABLE = "choices.problem.trusted-unparsable";
    static final String INPUT_EMPTY = "choices.problem.trusted-input-empty";
    static final String ONE_PER_ENTRY = "choices.problem.trusted-one-per-entry";
    static final String MY_ADDRESS_PRESENT = "choices.problem.my-address-present";
    /** Asking the server for this computer's address failed; the argument is the {@link FailureMessage}. */
    static final String MY_ADDRESS_FAILED = "choices.problem.my-address-failed";
    /** Asking the server for this computer's address found no connection: type it by hand. */
    static final String MY_ADDRESS_OFFLINE = "choices.problem.my-address-offline";
    static final String TOO_MANY_TO_ADD = "choices.problem.trusted-too-many-to-add";
    static final String LEFTOVER_ADDED = "choices.notice.trusted-leftover-added";
    private static final java.util.regex.Pattern LINE_BREAKS_AND_TABS =
            java.util.regex.Pattern.compile("[ ]*[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]+[ ]*");

    private final OrderState state;
    private final ApiClient api;
    private final TaskRunner tasks;
    /** Normalised CIDR → the text the user typed for it. */
    private final Map<String, String> typedForms = new HashMap<>();

    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObservableList<Problem> inputProblems = FXCollections.observableArrayList();
    private final ObservableList<Problem> inputProblemsView = FXCollections.unmodifiableObservableList(inputProblems);
    private final ObservableList<TrustedSourceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TrustedSourceRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Problem> listProblems = FXCollections.observableArrayList();
    private final ObservableList<Problem> listProblemsView = FXCollections.unmodifiableObservableList(listProblems);
    private final ReadOnlyBooleanWrapper allAddressesEntry = new ReadOnlyBooleanWrapper(this, "allAddressesEntry");
    private final ReadOnlyIntegerWrapper editingIndex = new ReadOnlyIntegerWrapper(this, "editingIndex", -1);
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");
    private final ObservableList<Problem> editProblems = FXCollections.observableArrayList();
    private final ObservableList<Problem> editProblemsView = FXCollections.unmodifiableObservableList(editProblems);
    private final ReadOnlyBooleanWrapper myAddressBusy = new ReadOnlyBooleanWrapper(this, "myAddressBusy");
    /** True while the app knows the server cannot be reached: only the server can tell this computer's address. */
    private final ReadOnlyBooleanWrapper myAddressNeedsConnection = new ReadOnlyBooleanWrapper(this, "myAddressNeedsConnection");
    private final ReadOnlyObjectWrapper<Problem> myAddressProblem = new ReadOnlyObjectWrapper<>(this, "myAddressProblem");
    private final PageProblems problems = new PageProblems();
    /** Indices of the selected entries; kept in step with the list by this view-model's own changes. */
    private final java.util.TreeSet<Integer> selection = new java.util.TreeSet<>();
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    private final ReadOnlyIntegerWrapper mergedCount = new ReadOnlyIntegerWrapper(this, "mergedCount", -1);
    /** The list's own problems in the order shown; those of the input's text come before them. */
    private List<Problem> listOrdered = List.of();
    private boolean ownChange;

    public TrustedSourcesViewModel(OrderState state, ApiClient api, TaskRunner tasks) {
        this.state = Objects.requireNonNull(state);
        this.api = Objects.requireNonNull(api);
        this.tasks = Objects.requireNonNull(tasks);
        state.trustedSources().addListener((ListChangeListener<TrustedSource>) c -> {
            if (!ownChange) {
                // changed from outside (a restored draft): indices no longer name what was selected
                selection.clear();
            }
            refresh();
        });
        state.allowAllAddressesProperty().addListener((o, was, now) -> {
            state.serverProblems().removeIf(p -> ALLOW_ALL_FIELD.equals(p.field()));
            refresh();
        });
        state.catalogProperty().addListener(o -> refresh());
        myAddressNeedsConnection.bind(state.onlineProperty().not());
        state.onlineProperty().addListener((o, was, now) -> {
            Problem shown = myAddressProblem.get();
            if (Boolean.TRUE.equals(now) && shown != null && MY_ADDRESS_OFFLINE.equals(shown.code())) {
                myAddressProblem.set(null);
            }
        });
        state.serviceIdProperty().addListener(o -> refresh());
        state.serverProblems().addListener((ListChangeListener<Problem>) c -> refresh());
        input.addListener((o, was, now) -> {
            inputProblems.clear();
            updateProblems();
        });
        refresh();
    }

    @Override
    public StepId stepId() {
        return StepId.TRUSTED_SOURCES;
    }

    /** What the user is typing or has pasted into the input. */
    public StringProperty inputProperty() {
        return input;
    }

    /** Why the input's text was not added. */
    public ObservableList<Problem> inputProblems() {
        return inputProblemsView;
    }

    public ObservableList<TrustedSourceRow> rows() {
        return rowsView;
    }

    /** Problems of the list as a whole (none yet, too many, /0 not confirmed). */
    public ObservableList<Problem> listProblems() {
        return listProblemsView;
    }

    /** True while the list has a /0 entry, which needs the explicit confirmation. */
    public ReadOnlyBooleanProperty allAddressesEntryProperty() {
        return allAddressesEntry.getReadOnlyProperty();
    }

    /** The user's explicit confirmation that every address may connect. */
    public BooleanProperty allowAllAddressesProperty() {
        return state.allowAllAddressesProperty();
    }

    /** Index of the entry whose address is being changed, or -1. */
    public ReadOnlyIntegerProperty editingIndexProperty() {
        return editingIndex.getReadOnlyProperty();
    }

    public int getEditingIndex() {
        return editingIndex.get();
    }

    /** The address being typed while an entry is changed. */
    public StringProperty editTextProperty() {
        return editText;
    }

    public ObservableList<Problem> editProblems() {
        return editProblemsView;
    }

    public ReadOnlyBooleanProperty myAddressBusyProperty() {
        return myAddressBusy.getReadOnlyProperty();
    }

    /**
     * True while the server cannot be reached: "add my address" cannot work then (the view says so at the
     * button); typing an address works as always.
     */
    public ReadOnlyBooleanProperty myAddressNeedsConnectionProperty() {
        return myAddressNeedsConnection.getReadOnlyProperty();
    }

    /** Why "add my address" did not add it (failure or already listed), or null. */
    public ReadOnlyObjectProperty<Problem> myAddressProblemProperty() {
        return myAddressProblem.getReadOnlyProperty();
    }

    /** How many entries are selected for "Remove selected". */
    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    /**
     * How many entries the list would have with neighbouring addresses combined into ranges that
     * allow exactly the same addresses, or -1 when combining would not make it shorter.
     */
    public ReadOnlyIntegerProperty mergedCountProperty() {
        return mergedCount.getReadOnlyProperty();
    }

    /** The most entries the chosen service accepts. */
    public int maxEntries() {
        return state.service().map(ServiceOffering::maxTrustedSources).filter(n -> n > 0).orElse(Integer.MAX_VALUE);
    }

    /** Whether the page shows {@code problem} under the list; "add one" is the empty list's own text. */
    public boolean showsInline(Problem problem) {
        boolean emptyListReason = state.trustedSources().isEmpty() && FIELD.equals(problem.field()) && problem.isError();
        return !emptyListReason || state.serverProblems().contains(problem);
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return problems.validProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() {
        return problems.blockingProblemProperty();
    }

    /**
     * Adds every entry of the input (several when pasted as lines or separated by commas). Entries
     * that cannot be parsed stay in the input with the reason. When the entries would not fit into
     * the service's maximum, nothing is added and the reason says how many fit. True when all were added.
     */
    public boolean add() {
        List<String> pieces = TrustedSourceRules.splitInput(input.get() == null ? "" : input.get());
        if (pieces.isEmpty()) {
            inputProblems.setAll(Problem.error(FIELD, INPUT_EMPTY));
            return false;
        }
        List<String> refused = new ArrayList<>();
        List<Problem> reasons = new ArrayList<>();
        List<NormalizedSource> parsedAll = new ArrayList<>();
        for (String piece : pieces) {
            Optional<NormalizedSource> parsed = parse(piece);
            if (parsed.isPresent()) {
                parsedAll.add(parsed.get());
            } else {
                refused.add(piece);
                reasons.add(whyNot(piece));
            }
        }
        int max = maxEntries();
        int present = state.trustedSources().size();
        if (present + parsedAll.size() > max) {
            List<Problem> all = new ArrayList<>();
            all.add(tooManyToAdd(parsedAll.size(), present, max));
            all.addAll(reasons);
            inputProblems.setAll(all);
            return false;
        }
        if (!parsedAll.isEmpty()) {
            List<TrustedSource> added = parsedAll.stream().map(p -> remember(p, null)).toList();
            clearServerProblems();
            ownChange(() -> state.trustedSources().addAll(added));
        }
        input.set(String.join(", ", refused));
        inputProblems.setAll(reasons);
        return refused.isEmpty();
    }

    private static Problem tooManyToAdd(int count, int present, int max) {
        return Problem.error(FIELD, TOO_MANY_TO_ADD, count, Math.max(0, max - present), max);
    }

    /**
     * Next was pressed: what is still typed in the input is added (with a notice for the next page,
     * so it is not allowed silently). Next is only enabled when it can be added.
     */
    @Override
    public Problem beforeNext() {
        if (TrustedSourceRules.splitInput(input.get()).isEmpty()) {
            return null;
        }
        int before = state.trustedSources().size();
        if (!add()) {
            return null;
        }
        List<String> added = state.trustedSources().subList(before, state.trustedSources().size()).stream()
                .map(TrustedSource::cidr).toList();
        return Problem.notice(FIELD, LEFTOVER_ADDED, String.join(", ", added), added.size());
    }

    /**
     * A multi-line paste as one line of the input: the entries joined with commas, preceded by a
     * comma when {@code before} (the text left of the caret) already holds an entry.
     */
    public static String pasteAsOneLine(String before, String pasted) {
        List<String> pieces = TrustedSourceRules.splitInput(pasted);
        String joined = pieces.isEmpty() ? pasted.replaceAll("[\\r\\n]+", " ").trim() : String.join(", ", pieces);
        String left = before == null ? "" : before.strip();
        boolean needsSeparator = !left.isEmpty() && !left.endsWith(",") && !left.endsWith(";") && !joined.isEmpty();
        return needsSeparator ? ", " + joined : joined;
    }

    /**
     * A pasted description as one line: line breaks and tabs become one space each run, so the
     * words on either side stay apart (a text field would drop them and glue the words).
     */
    public static String descriptionAsOneLine(String pasted) {
        return pasted == null ? "" : LINE_BREAKS_AND_TABS.matcher(pasted).replaceAll(" ");
    }

    public void remove(int index) {
        if (index < 0 || index >= state.trustedSources().size()) {
            return;
        }
        removeIndices(java.util.Set.of(index));
    }

    /** Marks the entry at {@code index} as selected or not, for "Remove selected". */
    public void setSelected(int index, boolean selected) {
        if (index < 0 || index >= state.trustedSources().size()
                || (selected ? !selection.add(index) : !selection.remove(index))) {
            return;
        }
        refresh();
    }

    /** Removes every selected entry at once. */
    public void removeSelected() {
        removeIndices(java.util.Set.copyOf(selection));
    }

    /** Empties the list. */
    public void removeAll() {
        java.util.Set<Integer> all = new java.util.HashSet<>();
        for (int i = 0; i < state.trustedSources().size(); i++) {
            all.add(i);
        }
        removeIndices(all);
    }

    /** Combines neighbouring addresses into ranges that allow exactly the same addresses (see {@link #mergedCountProperty}). */
    public void mergeNeighbours() {
        List<TrustedSource> current = List.copyOf(state.trustedSources());
        List<TrustedSource> merged = TrustedSourceRules.mergeNeighbours(current);
        if (merged.size() >= current.size()) {
            return;
        }
        cancelEdit();
        clearServerProblems();
        selection.clear();
        ownChange(() -> state.trustedSources().setAll(merged));
    }

    private void removeIndices(java.util.Set<Integer> indices) {
        if (indices.isEmpty()) {
            return;
        }
        int editing = editingIndex.get();
        if (indices.contains(editing)) {
            cancelEdit();
        } else if (editing >= 0) {
            editingIndex.set(editing - (int) indices.stream().filter(i -> i < editing).count());
        }
        java.util.TreeSet<Integer> kept = new java.util.TreeSet<>();
        for (int i : selection) {
            if (!indices.contains(i)) {
                kept.add(i - (int) indices.stream().filter(r -> r < i).count());
            }
        }
        selection.clear();
        selection.addAll(kept);
        clearServerProblems();
        ownChange(() -> {
            if (indices.size() == 1) {
                state.trustedSources().remove((int) indices.iterator().next());
            } else {
                List<TrustedSource> rest = new ArrayList<>();
                for (int i = 0; i < state.trustedSources().size(); i++) {
                    if (!indices.contains(i)) {
                        rest.add(state.trustedSources().get(i));
                    }
                }
                state.trustedSources().setAll(rest);
            }
        });
        if (state.trustedSources().stream().noneMatch(s -> s.cidr() != null && s.cidr().endsWith("/0"))) {
            // a later /0 entry must be confirmed again
            state.allowAllAddressesProperty().set(false);
        }
    }

    private void ownChange(Runnable change) {
        boolean was = ownChange;
        ownChange = true;
        try {
            change.run();
        } finally {
            ownChange = was;
        }
    }

    public void startEdit(int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        editProblems.clear();
        editText.set(rows.get(index).typed());
        editingIndex.set(index);
    }

    public void cancelEdit() {
        editProblems.clear();
        editingIndex.set(-1);
    }

    /** Replaces the edited entry's address; refused with the reason when it cannot be parsed. */
    public boolean commitEdit() {
        int index = editingIndex.get();
        if (index < 0 || index >= state.trustedSources().size()) {
            cancelEdit();
            return false;
        }
        List<String> pieces = TrustedSourceRules.splitInput(editText.get() == null ? "" : editText.get());
        if (pieces.size() != 1) {
            editProblems.setAll(Problem.error(FIELD, pieces.isEmpty() ? INPUT_EMPTY : ONE_PER_ENTRY));
            return false;
        }
        Optional<NormalizedSource> parsed = parse(pieces.get(0));
        if (parsed.isEmpty()) {
            editProblems.setAll(whyNot(pieces.get(0)));
            return false;
        }
        String description = state.trustedSources().get(index).description();
        editProblems.clear();
        editingIndex.set(-1);
        clearServerProblems();
        ownChange(() -> state.trustedSources().set(index, remember(parsed.get(), description)));
        return true;
    }

    /** Sets the entry's description (blank clears it); the model checks its length. */
    public void setDescription(int index, String description) {
        if (index < 0 || index >= state.trustedSources().size()) {
            return;
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        TrustedSource current = state.trustedSources().get(index);
        if (Objects.equals(text, current.description())) {
            return;
        }
        clearServerProblems();
        ownChange(() -> state.trustedSources().set(index, new TrustedSource(current.cidr(), text)));
    }

    /** Asks the server which address this computer has and adds it with {@code description}. */
    /**
     * True when the person must confirm "Add my address" first: sales staff order for a customer, and the
     * address the server sees is the salesperson's own.
     */
    public boolean asksBeforeAddingMyAddress() {
        de.cloudhub.order.model.Me me = state.meProperty().get();
        return me != null && me.isSales();
    }

    public void addMyAddress(String description) {
        if (myAddressBusy.get()) {
            return;
        }
        if (myAddressNeedsConnection.get()) {
            myAddressProblem.set(Problem.warning(FIELD, MY_ADDRESS_OFFLINE));
            return;
        }
        myAddressBusy.set(true);
        myAddressProblem.set(null);
        tasks.run(api::clientAddress, address -> {
            myAddressBusy.set(false);
            addClientAddress(address, description);
        }, failure -> {
            myAddressBusy.set(false);
            FailureMessage why = FailureMessage.of(failure);
            LOG.warn("Could not ask the server for this computer's address: {}", failure.toString());
            myAddressProblem.set(why.kind().meansNoConnection() ? Problem.warning(FIELD, MY_ADDRESS_OFFLINE)
                    : Problem.error(FIELD, MY_ADDRESS_FAILED, why));
        });
    }

    private void addClientAddress(ClientAddress address, String description) {
        String text = address == null ? null : address.address();
        Optional<NormalizedSource> parsed = text == null ? Optional.empty() : parse(text);
        if (parsed.isEmpty()) {
            LOG.warn("The server named an address that cannot be parsed: {}", text);
            myAddressProblem.set(Problem.error(FIELD, MY_ADDRESS_FAILED, FailureMessage.of(ApiFailure.BROKEN_ANSWER)));
            return;
        }
        String cidr = parsed.get().cidr();
        if (state.trustedSources().stream().anyMatch(s -> cidr.equals(s.cidr()))) {
            myAddressProblem.set(Problem.notice(FIELD, MY_ADDRESS_PRESENT, cidr));
            return;
        }
        clearServerProblems();
        if (state.trustedSources().size() >= maxEntries()) {
            myAddressProblem.set(tooManyToAdd(1, state.trustedSources().size(), maxEntries()));
            return;
        }
        ownChange(() -> state.trustedSources().add(remember(parsed.get(), description)));
    }

    private TrustedSource remember(NormalizedSource parsed, String description) {
        typedForms.put(parsed.cidr(), parsed.input());
        return new TrustedSource(parsed.cidr(), description);
    }

    /** The model's reading of one typed entry; empty when it is no address or range. */
    private static Optional<NormalizedSource> parse(String text) {
        NormalizedSource entry = TrustedSourceRules.checkOne(text, 0, true, new ArrayList<>());
        return entry.cidr() == null ? Optional.empty() : Optional.of(entry);
    }

    /** The model's reason why {@code text} is no address or range, or a general one. */
    private static Problem whyNot(String text) {
        List<Problem> problems = new ArrayList<>();
        TrustedSourceRules.checkOne(text, 0, true, problems);
        return problems.stream().filter(Problem::isError).findFirst()
                .orElse(Problem.error(FIELD, UNPARSABLE, text));
    }

    private void clearServerProblems() {
        state.serverProblems().removeIf(TrustedSourcesViewModel::isOfThisPage);
    }

    /** The list's own fields: {@code trustedSources}, its entries' fields and the /0 confirmation. */
    private static boolean isOfThisPage(Problem p) {
        return p.field() != null && (p.field().startsWith(FIELD) || ALLOW_ALL_FIELD.equals(p.field()));
    }

    private void refresh() {
        List<TrustedSource> stored = List.copyOf(state.trustedSources());
        selection.removeIf(i -> i >= stored.size());
        List<TrustedSource> asTyped = stored.stream()
                .map(s -> new TrustedSource(typedForms.getOrDefault(s.cidr(), s.cidr()), s.description()))
                .toList();
        TrustedSourceCheck check = TrustedSourceRules.check(asTyped, state.allowAllAddressesProperty().get(), maxEntries());
        List<Problem> all = new ArrayList<>(check.problems());
        all.addAll(state.serverProblems().stream().filter(TrustedSourcesViewModel::isOfThisPage).toList());

        // problems by entry in one pass (a full list has a hundred entries)
        Map<Integer, List<Problem>> byEntry = new HashMap<>();
        List<Problem> general = new ArrayList<>();
        for (Problem p : all) {
            int entry = entryIndex(p.field());
            if (entry >= 0) {
                byEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(p);
            } else if (FIELD.equals(p.field()) || ALLOW_ALL_FIELD.equals(p.field())) {
                // an empty list has the model's "required" among these
                general.add(p);
            }
        }
        List<TrustedSourceRow> newRows = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            NormalizedSource entry = i < check.entries().size() ? check.entries().get(i) : null;
            TrustedSource source = stored.get(i);
            newRows.add(new TrustedSourceRow(i, asTyped.get(i).cidr(),
                    entry == null || entry.cidr() == null ? null : entry.cidr(),
                    entry == null ? null : entry.addressCount(), source.description(),
                    byEntry.getOrDefault(i, List.of()), selection.contains(i)));
        }
        updateRows(newRows);
        if (!listProblems.equals(general)) {
            listProblems.setAll(general);
        }
        allAddressesEntry.set(newRows.stream().anyMatch(TrustedSourceRow::allAddresses)
                || stored.stream().anyMatch(s -> s.cidr() != null && s.cidr().endsWith("/0")));
        selectedCount.set(selection.size());
        int merged = TrustedSourceRules.mergeNeighbours(stored).size();
        mergedCount.set(merged < stored.size() ? merged : -1);

        List<Problem> ordered = new ArrayList<>(general);
        newRows.forEach(r -> ordered.addAll(r.problems()));
        listOrdered = List.copyOf(ordered);
        updateProblems();
    }

    /** Replaces only the rows that changed, so the view updates only those. */
    private void updateRows(List<TrustedSourceRow> newRows) {
        if (rows.size() - newRows.size() == 1) {
            // one entry removed: take its row out, the others follow on
            int first = 0;
            while (first < newRows.size() && sameEntry(rows.get(first), newRows.get(first))) {
                first++;
            }
            rows.remove(first);
        } else if (newRows.size() - rows.size() >= 1 && !rows.isEmpty()
                && sameEntry(rows.get(rows.size() - 1), newRows.get(rows.size() - 1))) {
            rows.addAll(newRows.subList(rows.size(), newRows.size()));
        }
        if (rows.size() != newRows.size()) {
            rows.setAll(newRows);
            return;
        }
        int changed = -1;
        for (int i = 0; i < newRows.size(); i++) {
            if (!rows.get(i).equals(newRows.get(i))) {
                if (changed >= 0) {
                    // several rows changed (positions moved up after a removal): one change event for
                    // all of them, which the view follows row by row in place
                    rows.setAll(newRows);
                    return;
                }
                changed = i;
            }
        }
        if (changed >= 0) {
            rows.set(changed, newRows.get(changed));
        }
    }

    private static boolean sameEntry(TrustedSourceRow a, TrustedSourceRow b) {
        return Objects.equals(a.typed(), b.typed()) && Objects.equals(a.description(), b.description());
    }

    /** The entry a field such as {@code trustedSources[3].cidr} belongs to, or -1. */
    private static int entryIndex(String field) {
        if (field == null || !field.startsWith(FIELD + "[")) {
            return -1;
        }
        int end = field.indexOf(']', FIELD.length() + 1);
        if (end < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(FIELD.length() + 1, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The page's problems: what is typed in the input but not added yet counts as well, since Next
     * adds it. So a valid address in the input lets the user go on, an invalid one blocks with its reason.
     */
    private void updateProblems() {
        List<String> pieces = TrustedSourceRules.splitInput(input.get());
        if (pieces.isEmpty()) {
            problems.set(listOrdered);
            return;
        }
        List<Problem> pending = new ArrayList<>();
        int present = state.trustedSources().size();
        for (int i = 0; i < pieces.size(); i++) {
            List<Problem> found = new ArrayList<>();
            TrustedSourceRules.checkOne(pieces.get(i), present + i, state.allowAllAddressesProperty().get(), found);
            found.stream().filter(Problem::isError).findFirst().ifPresent(pending::add);
        }
        if (present + pieces.size() > maxEntries()) {
            pending.add(0, tooManyToAdd(pieces.size(), present, maxEntries()));
        }
        // what is typed will be added: the empty list's "add one" no longer applies
        listOrdered.stream()
                .filter(p -> !(TrustedSourceRules.REQUIRED.equals(p.code()) && FIELD.equals(p.field())))
                .forEach(pending::add);
        problems.set(pending);
    }
}
