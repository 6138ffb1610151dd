package de.cloudhub.order.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Type-ahead in a long combo box, with a clock the test moves (no timing in the test). */
@ExtendWith(ApplicationExtension.class)
class ComboBoxTypeAheadFxTest extends FxRobot {
    private static final List<String> COUNTRIES = List.of("Deutschland", "Österreich", "Schweiz", "Afghanistan",
            "Dänemark", "Frankreich", "Oman", "Polen", "Portugal", "Puerto Rico", "Samoa", "Schweden", "Spanien");
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private ComboBox<String> box;

    @Start
    void start(Stage stage) {
        box = new ComboBox<>();
        box.setId("countries");
        box.getItems().setAll(COUNTRIES);
        // far more entries than the list shows, like the ~250 countries
        java.util.stream.IntStream.rangeClosed(1, 40).forEach(i -> box.getItems().add("Zland " + i));
        box.getSelectionModel().select("Deutschland");
        box.setVisibleRowCount(4);
        ComboBoxTypeAhead.install(box, s -> s, Locale.GERMAN, now::get);
        stage.setScene(new Scene(new StackPane(box), 400, 300));
        stage.show();
    }

    private void typeLetter(KeyCode key) {
        type(key);
        now.addAndGet(100_000_000L);
    }

    @Test
    void lettersTypedQuicklyChooseTheFirstEntryStartingWithThem() {
        clickOn("#countries");
        type(KeyCode.ESCAPE);
        typeLetter(KeyCode.P);
        typeLetter(KeyCode.O);
        typeLetter(KeyCode.R);

        assertThat(box.getValue()).isEqualTo("Portugal");
    }

    @Test
    void accentsAndCaseAreIgnored() {
        clickOn("#countries");
        type(KeyCode.ESCAPE);
        typeLetter(KeyCode.O);
        typeLetter(KeyCode.S);

        assertThat(box.getValue()).isEqualTo("Österreich");
    }

    @Test
    void theSameLetterAgainMovesToTheNextEntryWithIt() {
        clickOn("#countries");
        type(KeyCode.ESCAPE);
        typeLetter(KeyCode.S);
        assertThat(box.getValue()).isEqualTo("Schweiz");
        typeLetter(KeyCode.S);
        assertThat(box.getValue()).isEqualTo("Samoa");
        typeLetter(KeyCode.S);
        assertThat(box.getValue()).isEqualTo("Schweden");
    }

    @Test
    void aPauseStartsANewSearch() {
        clickOn("#countries");
        type(KeyCode.ESCAPE);
        typeLetter(KeyCode.P);
        now.addAndGet(ComboBoxTypeAhead.PAUSE_NANOS + 1);
        typeLetter(KeyCode.O);

        assertThat(box.getValue()).isEqualTo("Österreich");
    }

    @Test
    void typingWhileTheListIsOpenChoosesAndShowsTheEntry() {
        clickOn("#countries");
        assertThat(box.isShowing()).isTrue();
        typeLetter(KeyCode.S);
        typeLetter(KeyCode.P);

        assertThat(box.getValue()).isEqualTo("Spanien");
        assertThat(visibleCellTexts()).contains("Spanien");
    }

    @Test
    void theChosenEntryIsScrolledIntoViewWhenTheListOpens() {
        interact(() -> box.getSelectionModel().select("Spanien"));

        clickOn("#countries");

        assertThat(box.isShowing()).isTrue();
        assertThat(visibleCellTexts()).contains("Spanien");
    }

    /** The texts of the popup's cells that lie inside its list's visible area. */
    private List<String> visibleCellTexts() {
        javafx.scene.control.ListView<?> list = lookup(".combo-box-popup .list-view").queryAs(javafx.scene.control.ListView.class);
        javafx.geometry.Bounds view = list.localToScreen(list.getLayoutBounds());
        return lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null)
                .filter(c -> {
                    javafx.geometry.Bounds b = c.localToScreen(c.getLayoutBounds());
                    return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                })
                .map(c -> (String) c.getText()).toList();
    }
}
