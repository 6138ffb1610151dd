package de.cloudhub.order.ui.common;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyEvent;

/**
 * Type-ahead for a long, non-editable combo box (the ~250 countries), as a native select has it:
 * typed letters choose the first entry whose shown text starts with them, accents and case ignored
 * ("o" finds "Österreich"); a pause of a second starts a new search; the same letter again moves to
 * the next entry with it. Whenever the list opens, the chosen entry is scrolled into view.
 * (ControlsFX's SearchableComboBox filters instead, and clears the chosen value while one types:
 * controlsfx#1604.)
 */
public final class ComboBoxTypeAhead<T> {
    static final long PAUSE_NANOS = 1_000_000_000L;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ComboBox<T> box;
    private final Function<T, String> text;
    private final Locale locale;
    private final LongSupplier clock;
    private String typed = "";
    private long lastKey;

    private ComboBoxTypeAhead(ComboBox<T> box, Function<T, String> text, Locale locale, LongSupplier clock) {
        this.box = box;
        this.text = text;
        this.locale = locale;
        this.clock = clock;
    }

    /** Adds type-ahead to {@code box}; {@code text} is what an entry shows. */
    public static <T> void install(ComboBox<T> box, Function<T, String> text, Locale locale) {
        install(box, text, locale, System::nanoTime);
    }

    static <T> void install(ComboBox<T> box, Function<T, String> text, Locale locale, LongSupplier clock) {
        ComboBoxTypeAhead<T> typeAhead = new ComboBoxTypeAhead<>(Objects.requireNonNull(box),
                Objects.requireNonNull(text), Objects.requireNonNull(locale), Objects.requireNonNull(clock));
        // while the list is open its key events go to the popup's list, not to the box
        box.addEventHandler(KeyEvent.KEY_TYPED, typeAhead::onKeyTyped);
        box.setOnShown(e -> typeAhead.popupList().ifPresent(list -> {
            if (!list.getProperties().containsKey(ComboBoxTypeAhead.class)) {
                list.getProperties().put(ComboBoxTypeAhead.class, typeAhead);
                list.addEventHandler(KeyEvent.KEY_TYPED, typeAhead::onKeyTyped);
            }
            // the skin sizes and positions the popup's list after "shown": scroll once that is done
            Platform.runLater(typeAhead::scrollToChosen);
        }));
    }

    private void onKeyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || Character.isISOControl(ch.codePointAt(0)) || (typed.isEmpty() && ch.isBlank())) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastKey > PAUSE_NANOS) {
            typed = "";
        }
        lastKey = now;
        typed += fold(ch);
        e.consume();
        choose();
    }

    private void choose() {
        int current = box.getSelectionModel().getSelectedIndex();
        // a first letter, or one letter pressed again and again, walks on to the next entry starting
        // with it; more letters narrow the search, keeping the chosen entry while it still matches
        boolean walk = typed.length() == 1
                || (typed.chars().allMatch(c -> c == typed.charAt(0)) && find(typed, Math.max(current, 0)) < 0);
        int found = walk ? find(typed.substring(0, 1), current + 1) : find(typed, Math.max(current, 0));
        if (found >= 0) {
            box.getSelectionModel().select(found);
            scrollToChosen();
        }
    }

    /** The first entry from {@code start} on (wrapping around) whose text starts with {@code prefix}, or -1. */
    private int find(String prefix, int start) {
        List<T> items = box.getItems();
        for (int i = 0; i < items.size(); i++) {
            int index = (start + i) % items.size();
            if (fold(text.apply(items.get(index))).startsWith(prefix)) {
                return index;
            }
        }
        return -1;
    }

    private void scrollToChosen() {
        int index = box.getSelectionModel().getSelectedIndex();
        if (index >= 0 && box.isShowing()) {
            popupList().ifPresent(list -> {
                list.getSelectionModel().select(index);
                // a little context above the chosen entry, as far as there is any
                list.scrollTo(Math.max(0, index - 2));
            });
        }
    }

    private java.util.Optional<ListView<T>> popupList() {
        if (box.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof ListView<?> list) {
            @SuppressWarnings("unchecked")
            ListView<T> typedList = (ListView<T>) list;
            return java.util.Optional.of(typedList);
        }
        return java.util.Optional.empty();
    }

    private String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(locale);
    }
}
