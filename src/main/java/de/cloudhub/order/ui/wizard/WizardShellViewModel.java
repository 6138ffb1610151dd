package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Navigation of the ordering wizard: which page is shown, how far the user got, whether Next may be
 * pressed and why not, how each step shows in the indicator, and the edit-from-summary round trip.
 * Holds no nodes; the {@link WizardShell} binds to it.
 */
public final class WizardShellViewModel implements WizardNavigator {
    private final List<WizardPage> pages;
    /** Per page whether it belongs to this order; a page that does not is skipped and not shown. */
    private final List<ReadOnlyBooleanProperty> applies = new ArrayList<>();
    private final OrderState state;
    private final int priceFromIndex;
    private final int summaryIndex;

    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ReadOnlyIntegerWrapper reachedIndex = new ReadOnlyIntegerWrapper(this, "reachedIndex", -1);
    private final ReadOnlyObjectWrapper<WizardPage> currentPage = new ReadOnlyObjectWrapper<>(this, "currentPage");
    private final ReadOnlyBooleanWrapper returnToSummary = new ReadOnlyBooleanWrapper(this, "returnToSummary");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyBooleanWrapper nextVisible = new ReadOnlyBooleanWrapper(this, "nextVisible");
    private final ReadOnlyBooleanWrapper priceVisible = new ReadOnlyBooleanWrapper(this, "priceVisible");
    private final ReadOnlyObjectWrapper<Problem> blockingProblem = new ReadOnlyObjectWrapper<>(this, "blockingProblem");
    private final ReadOnlyObjectWrapper<Problem> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Problem> readOnly = new ReadOnlyObjectWrapper<>(this, "readOnly");
    private final ObservableList<StepState> stepStates = FXCollections.observableArrayList();
    private final ObservableList<StepState> stepStatesView = FXCollections.unmodifiableObservableList(stepStates);

    private OrderRequest baseline;
    private String baselineKey;
    private boolean restoredInput;
    private Runnable onDiscarded = () -> { };

    public WizardShellViewModel(List<WizardPage> pages, OrderState state) {
        this.pages = List.copyOf(Objects.requireNonNull(pages));
        this.state = Objects.requireNonNull(state);
        this.priceFromIndex = indexOfOr(StepId.NODE_SIZE, Integer.MAX_VALUE);
        this.summaryIndex = indexOfOr(StepId.SUMMARY, -1);
        InvalidationListener refresh = o -> refresh();
        for (WizardPage page : this.pages) {
            page.viewModel().validProperty().addListener(refresh);
            page.viewModel().blockingProblemProperty().addListener(refresh);
            ReadOnlyBooleanProperty a = page.viewModel().appliesProperty();
            a.addListener(o -> appliesChanged());
            if (page.viewModel().gatesLaterSteps()) {
                // a gate that stops to hold (sales: the draft's customer was left out) shows its page, where it says why
                page.viewModel().validProperty().addListener((o, was, now) -> {
                    if (!now) {
                        appliesChanged();
                    }
                });
            }
            applies.add(a);
            stepStates.add(StepState.NOT_REACHED);
        }
    }

    /**
     * A step came to belong to the order or stopped to (the signed-in user became known), or a gate stopped
     * to hold: a page that no longer applies is left for the next one that does, and a step that now gates
     * the others is shown first.
     */
    private void appliesChanged() {
        int current = currentIndex.get();
        if (current < 0) {
            refresh();
            return;
        }
        int gate = gateIndex();
        if (current > gate) {
            reachedIndex.set(gate);
            show(gate);
        } else if (!applies(current)) {
            int next = nextApplying(current);
            show(next >= 0 ? next : previousApplying(current));
        }
        refresh();
    }

    /** True while page {@code index} belongs to this order. */
    public boolean applies(int index) {
        return applies.get(index).get();
    }

    private int nextApplying(int from) {
        for (int i = from + 1; i < pages.size(); i++) {
            if (applies(i)) {
                return i;
            }
        }
        return -1;
    }

    private int previousApplying(int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (applies(i)) {
                return i;
            }
        }
        return -1;
    }

    private int firstApplying() {
        int first = nextApplying(-1);
        return first < 0 ? 0 : first;
    }

    /** The last page that may be reached: the first applying gate that is not valid, or the last page. */
    private int gateIndex() {
        for (int i = 0; i < pages.size(); i++) {
            StepViewModel step = pages.get(i).viewModel();
            if (applies(i) && step.gatesLaterSteps() && !step.validProperty().get()) {
                return i;
            }
        }
        return pages.size() - 1;
    }

    /** The pages that belong to this order now, in order (what the step indicator numbers). */
    public List<WizardPage> applyingPages() {
        List<WizardPage> shown = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (applies(i)) {
                shown.add(pages.get(i));
            }
        }
        return shown;
    }

    public List<WizardPage> pages() {
        return pages;
    }

    /** Shows the first page; call once the order context (catalog, me, terms) is loaded. */
    public void start() {
        showFirstPage();
    }

    /** Marks the current choices as the user's input (a restored draft), so Esc asks before discarding them. */
    public void noteRestoredInput() {
        restoredInput = true;
    }

    /**
     * After a whole order was filled in at once (a kept order, or a failed one to order again): every
     * step before the first one that needs the person counts as done, and that step shows; the
     * summary when none does. The choices count as the user's input.
     */
    public void resumeFilledOrder() {
        if (pages.isEmpty()) {
            return;
        }
        restoredInput = true;
        returnToSummary.set(false);
        int target = pages.size() - 1;
        for (int i = 0; i < pages.size(); i++) {
            if (applies(i) && !pages.get(i).viewModel().validProperty().get()) {
                target = i;
                break;
            }
        }
        target = Math.min(target, gateIndex());
        reachedIndex.set(target);
        show(target);
        refresh();
    }

    /**
     * Opens a stored draft on the page the person was on ({@code step}); the steps before it count as
     * reached. A page this wizard does not have opens like {@link #resumeFilledOrder()}.
     */
    public void resumeAt(StepId step) {
        int index = indexOfOr(step, -1);
        if (index < 0 || !applies(index)) {
            resumeFilledOrder();
            return;
        }
        // a draft of sales staff without its customer opens where the customer is chosen
        index = Math.min(index, gateIndex());
        restoredInput = true;
        returnToSummary.set(false);
        reachedIndex.set(index);
        show(index);
        takeBaseline();
        refresh();
    }

    /**
     * Makes the pages read-only for the reason given (an order that exists or may exist), or editable
     * again with null. The person can still move through the pages and look.
     */
    public void setReadOnly(Problem reason) {
        readOnly.set(reason);
    }

    /** Why the pages cannot be edited; null while they can. */
    public ReadOnlyObjectProperty<Problem> readOnlyProperty() { return readOnly.getReadOnlyProperty(); }

    /** Runs {@code action} after the person discarded the order (Esc, confirmed). */
    public void setOnDiscarded(Runnable action) {
        this.onDiscarded = Objects.requireNonNull(action);
    }

    public void next() {
        if (!canGoNext.get() || !nextVisible.get()) {
            return;
        }
        Problem taken = currentPage.get().viewModel().beforeNext();
        if (!currentPage.get().viewModel().validProperty().get()) {
            refresh();
            return;
        }
        if (returnToSummary.get() && summaryIndex >= 0 && summaryIndex <= gateIndex()) {
            returnToSummary.set(false);
            show(summaryIndex);
        } else {
            returnToSummary.set(false);
            show(nextApplying(currentIndex.get()));
        }
        notice.set(taken);
        refresh();
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        returnToSummary.set(false);
        show(previousApplying(currentIndex.get()));
        refresh();
    }

    /** True when the step indicator may jump to step {@code index} (a step already reached). */
    public boolean canJumpTo(int index) {
        return index >= 0 && index < pages.size() && applies(index) && index <= reachedIndex.get()
                && index <= gateIndex() && index != currentIndex.get();
    }

    public void jumpTo(int index) {
        if (canJumpTo(index)) {
            returnToSummary.set(false);
            show(index);
            refresh();
        }
    }

    @Override
    public void goTo(StepId step) {
        int index = indexOfOr(step, -1);
        if (index < 0) {
            throw new IllegalArgumentException("No page for step " + step);
        }
        if (!applies(index)) {
            // a problem of a step this order has not (the customer of a customer's own order): the summary lists it
            index = summaryIndex >= 0 ? summaryIndex : currentIndex.get();
        }
        index = Math.min(index, gateIndex());
        returnToSummary.set(false);
        if (index != currentIndex.get()) {
            show(index);
        }
        refresh();
    }

    @Override
    public void editFromSummary(StepId step) {
        goTo(step);
        returnToSummary.set(summaryIndex >= 0 && currentIndex.get() != summaryIndex);
        refresh();
    }

    /** True when discarding would lose something the user entered. */
    public boolean hasInput() {
        return restoredInput || reachedIndex.get() > firstApplying()
                || baseline != null && !(baseline.equals(currentRequest())
                        && Objects.equals(baselineKey, state.idempotencyKeyProperty().get()));
    }

    /** Forgets every choice and starts again at the first step. */
    public void discard() {
        state.clearChoices();
        restoredInput = false;
        returnToSummary.set(false);
        showFirstPage();
        onDiscarded.run();
    }

    /** The first page, as if nothing had been reached yet; what is entered now is the baseline. */
    private void showFirstPage() {
        if (!pages.isEmpty()) {
            int first = firstApplying();
            show(first);
            reachedIndex.set(first);
            takeBaseline();
        }
        refresh();
    }

    private void show(int index) {
        notice.set(null);
        int old = currentIndex.get();
        if (old >= 0 && old < pages.size()) {
            pages.get(old).viewModel().onLeave();
        }
        currentIndex.set(index);
        reachedIndex.set(Math.max(reachedIndex.get(), index));
        currentPage.set(pages.get(index));
        pages.get(index).viewModel().onEnter();
    }

    private void takeBaseline() {
        baseline = currentRequest();
        baselineKey = state.idempotencyKeyProperty().get();
    }

    private OrderRequest currentRequest() {
        return state.toDraft().toRequest();
    }

    private void refresh() {
        int current = currentIndex.get();
        WizardPage page = currentPage.get();
        boolean valid = page != null && page.viewModel().validProperty().get();
        canGoBack.set(current >= 0 && previousApplying(current) >= 0);
        nextVisible.set(page != null && current != summaryIndex && (nextApplying(current) >= 0 || returnToSummary.get()));
        canGoNext.set(valid);
        blockingProblem.set(page == null || valid ? null : page.viewModel().blockingProblemProperty().get());
        // the summary shows the whole price itself, and at a small window it needs the room
        priceVisible.set(current >= priceFromIndex && current != summaryIndex);
        List<StepState> states = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            states.add(stateOf(i, current));
        }
        if (!states.equals(stepStates)) {
            stepStates.setAll(states);
        }
    }

    private StepState stateOf(int index, int current) {
        if (!applies(index)) {
            return StepState.NOT_APPLICABLE;
        }
        if (index == current) {
            return StepState.CURRENT;
        }
        if (index > reachedIndex.get() || index > gateIndex()) {
            return StepState.NOT_REACHED;
        }
        return pages.get(index).viewModel().validProperty().get() ? StepState.COMPLETED : StepState.PROBLEM;
    }

    private int indexOfOr(StepId step, int fallback) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id() == step) {
                return i;
            }
        }
        return fallback;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() { return currentIndex.getReadOnlyProperty(); }
    public int getCurrentIndex() { return currentIndex.get(); }
    public ReadOnlyIntegerProperty reachedIndexProperty() { return reachedIndex.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<WizardPage> currentPageProperty() { return currentPage.getReadOnlyProperty(); }
    public WizardPage getCurrentPage() { return currentPage.get(); }
    public ReadOnlyBooleanProperty returnToSummaryProperty() { return returnToSummary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoNextProperty() { return canGoNext.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty nextVisibleProperty() { return nextVisible.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty priceVisibleProperty() { return priceVisible.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return blockingProblem.getReadOnlyProperty(); }
    /** What the page left by Next took in on the way (e.g. an address still typed), until the next move; or null. */
    public ReadOnlyObjectProperty<Problem> noticeProperty() { return notice.getReadOnlyProperty(); }
    /** One state per page, in page order; changes as the user moves and as pages become (in)valid. */
    public ObservableList<StepState> stepStates() { return stepStatesView; }
    public OrderState state() { return state; }
}
