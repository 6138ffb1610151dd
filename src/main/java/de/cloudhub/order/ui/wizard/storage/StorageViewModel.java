package de.cloudhub.order.ui.wizard.storage;

import de.cloudhub.order.model.PriceCalculator;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.StorageOptions;
import de.cloudhub.order.model.StorageRules;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The storage step. The slider only offers the catalog's grid; a typed value is taken as typed,
 * and when it is off the grid the model's problem names the nearest valid values (never snapped
 * behind the user's back). Text that is no number is refused with a problem and kept for fixing.
 */
public final class StorageViewModel implements StepViewModel {
    static final String FIELD = "storageGb";
    static final String NOT_A_NUMBER = "choices.problem.storage-not-a-number";
    static final String NOT_WHOLE = "choices.problem.storage-not-whole";
    /** A whole number, optionally signed and followed by the unit as people type it ("120", "120 GB", "-50"). */
    private static final Pattern TYPED = Pattern.compile("([+-]?\\d{1,9})\\s*(gb)?", Pattern.CASE_INSENSITIVE);
    /** A number with decimals ("150,0", "1.5 GB"): a number, but storage comes in whole GB. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+[.,]\\d+\\s*(gb)?", Pattern.CASE_INSENSITIVE);

    private final OrderState state;
    private final ReadOnlyObjectWrapper<StorageOptions> options = new ReadOnlyObjectWrapper<>(this, "options");
    private final ReadOnlyObjectWrapper<Integer> storageGb = new ReadOnlyObjectWrapper<>(this, "storageGb");
    private final ReadOnlyObjectWrapper<BigDecimal> monthlyPrice = new ReadOnlyObjectWrapper<>(this, "monthlyPrice");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency");
    private final ReadOnlyObjectWrapper<Problem> textProblem = new ReadOnlyObjectWrapper<>(this, "textProblem");
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper(this, "pendingText");
    private final PageProblems problems = new PageProblems();

    public StorageViewModel(OrderState state) {
        this.state = Objects.requireNonNull(state);
        state.catalogProperty().addListener(o -> refresh());
        state.serviceIdProperty().addListener(o -> refresh());
        state.storageGbProperty().addListener(o -> refresh());
        state.serverProblems().addListener((ListChangeListener<Problem>) c -> refresh());
        state.storageTextUnusableProperty().addListener((o, was, now) -> {
            if (!now && pendingText.get() != null) {
                // the order was replaced (draft restored, discarded): the old text no longer applies
                pendingText.set(null);
                textProblem.set(null);
                refresh();
            }
        });
        refresh();
    }

    @Override
    public StepId stepId() {
        return StepId.STORAGE;
    }

    /** The chosen service's storage range, or null while no service is chosen. */
    public ReadOnlyObjectProperty<StorageOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public StorageOptions getOptions() {
        return options.get();
    }

    /** The storage of the order, as chosen or typed (possibly off the grid). */
    public ReadOnlyObjectProperty<Integer> storageGbProperty() {
        return storageGb.getReadOnlyProperty();
    }

    public Integer getStorageGb() {
        return storageGb.get();
    }

    /** The storage's monthly net price, or null while unknown. */
    public ReadOnlyObjectProperty<BigDecimal> monthlyPriceProperty() {
        return monthlyPrice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public String getCurrency() {
        return currency.get();
    }

    /** Text the user typed that is no number, kept so it can be fixed; null when there is none. */
    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText.getReadOnlyProperty();
    }

    public String getPendingText() {
        return pendingText.get();
    }

    public ObservableList<Problem> problems() {
        return problems.all();
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return problems.validProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() {
        return problems.blockingProblemProperty();
    }

    @Override
    public void onEnter() {
        StorageOptions o = options.get();
        if (o != null && state.storageGbProperty().get() == null) {
            state.storageGbProperty().set(o.minGb());
        }
    }

    /**
     * Takes typed text: a number is stored as typed (validation explains an off-grid value), other
     * text is refused with a problem. Returns the storage now in the order, for the spinner.
     */
    public Integer commitText(String text) {
        String typed = text == null ? "" : text.trim();
        Matcher m = TYPED.matcher(typed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            if (typed.isEmpty() && state.storageGbProperty().get() == null) {
                return null;
            }
            // one current message: the text's own, never one about the last good value behind it
            Problem why = typed.isEmpty() ? Problem.error(FIELD, StorageRules.REQUIRED)
                    : DECIMAL.matcher(typed).matches() ? Problem.error(FIELD, NOT_WHOLE, typed)
                    : Problem.error(FIELD, NOT_A_NUMBER, typed);
            pendingText.set(typed);
            textProblem.set(why);
            state.storageTextUnusableProperty().set(true);
            refresh();
            return state.storageGbProperty().get();
        }
        setStorage(Integer.parseInt(m.group(1)));
        return state.storageGbProperty().get();
    }

    /** Moves {@code steps} grid steps up (or down when negative), from an off-grid value to the next grid value. */
    public void step(int steps) {
        StorageOptions o = options.get();
        if (o == null || o.stepGb() <= 0 || steps == 0) {
            return;
        }
        Integer current = state.storageGbProperty().get();
        int value;
        if (current == null) {
            value = o.minGb();
        } else {
            int offset = current - o.minGb();
            int below = o.minGb() + Math.floorDiv(offset, o.stepGb()) * o.stepGb();
            boolean onGrid = below == current;
            int base = steps > 0 ? below : (onGrid ? below : below + o.stepGb());
            value = base + steps * o.stepGb();
        }
        setStorage(clamp(value, o));
    }

    /** The slider moved to {@code value}: snap to the grid. A slider showing the order's value changes nothing. */
    public void setFromSlider(double value) {
        StorageOptions o = options.get();
        if (o == null) {
            return;
        }
        int position = (int) Math.round(value);
        Integer current = state.storageGbProperty().get();
        if (current != null && position == sliderPosition(current, o)) {
            return;
        }
        int snapped = o.stepGb() <= 0 ? position
                : o.minGb() + Math.round((float) (position - o.minGb()) / o.stepGb()) * o.stepGb();
        setStorage(clamp(snapped, o));
    }

    /** Where the slider shows {@code gb}: inside the slider's range. */
    public static int sliderPosition(int gb, StorageOptions o) {
        return clamp(gb, o);
    }

    private static int clamp(int value, StorageOptions o) {
        return Math.max(o.minGb(), Math.min(o.maxGb(), value));
    }

    private void setStorage(int gb) {
        pendingText.set(null);
        textProblem.set(null);
        state.storageTextUnusableProperty().set(false);
        state.serverProblems().removeIf(p -> FIELD.equals(p.field()));
        state.storageGbProperty().set(gb);
        refresh();
    }

    private void refresh() {
        ServiceOffering service = state.service().orElse(null);
        StorageOptions o = service == null ? null : service.storage();
        options.set(o);
        Integer gb = state.storageGbProperty().get();
        storageGb.set(gb);
        currency.set(state.currency());
        List<Problem> found = new ArrayList<>();
        if (textProblem.get() != null) {
            found.add(textProblem.get());
        } else if (o == null) {
            found.add(Problem.error(FIELD, "choices.problem.service-first"));
        } else {
            found.addAll(StorageRules.validate(gb, o));
        }
        if (textProblem.get() == null) {
            state.serverProblems().stream().filter(p -> FIELD.equals(p.field())).forEach(found::add);
        }
        problems.set(found);
        // no price for a size that cannot be ordered, nor for text that is no size
        monthlyPrice.set(found.stream().anyMatch(Problem::isError) ? null
                : PriceCalculator.storageMonthlyNet(o, gb).orElse(null));
    }
}
