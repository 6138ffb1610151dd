package de.cloudhub.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The app stylesheet draws a clear focus ring around every focusable control: with the keyboard
 * on a control, a band just outside it turns the accent colour; without, the band shows none.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingFxTest extends FxRobot {
    /** PrimerLight's -color-accent-emphasis. */
    private static final Color ACCENT = Color.web("#0969da");
    private VBox root;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Button back = new Button("Back");
        back.setId("plain-button");
        Button next = new Button("Next");
        next.setId("accent-button");
        next.getStyleClass().add("accent");
        ToggleGroup group = new ToggleGroup();
        ToggleButton german = new ToggleButton("Deutsch");
        german.setId("language-selected");
        german.getStyleClass().add("left-pill");
        german.setToggleGroup(group);
        german.setSelected(true);
        ToggleButton english = new ToggleButton("English");
        english.setId("language-other");
        english.getStyleClass().add("right-pill");
        english.setToggleGroup(group);
        HBox languages = new HBox(german, english);
        languages.getStyleClass().add("language-switch");
        TextField field = new TextField("Muster GmbH");
        field.setId("text-field");
        field.setMaxWidth(240);
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("combo-box");
        combo.getItems().setAll("Deutschland", "Österreich");
        combo.getSelectionModel().select(0);
        CheckBox check = new CheckBox("I accept the terms");
        check.setId("check-box");
        RadioButton radio = new RadioButton("New billing profile");
        radio.setId("radio-button");
        Hyperlink link = new Hyperlink("Edit");
        link.setId("hyperlink");
        ListView<String> list = new ListView<>();
        list.setId("profile-list");
        list.getItems().setAll("Zentrale Hamburg", "Niederlassung Köln");
        list.setPrefSize(240, 80);
        list.setMaxWidth(240);
        root = new VBox(18, back, next, languages, field, combo, check, radio, link, list);
        root.setPadding(new Insets(20));
        Scene scene = new Scene(root, 420, 760);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private WritableImage shot() {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = root.getScene().snapshot(null));
        return shot[0];
    }

    /**
     * Share of the band from 1 to 5 px outside {@code part} that is accent-coloured in {@code after}
     * and was not in {@code before} (a neighbour's own accent colour does not count).
     */
    private static double newAccentShare(Node part, WritableImage before, WritableImage after) {
        Bounds b = part.localToScene(part.getLayoutBounds());
        PixelReader was = before.getPixelReader();
        PixelReader now = after.getPixelReader();
        int inner = 1;
        int outer = 5;
        int band = 0;
        int accent = 0;
        for (int x = (int) Math.floor(b.getMinX()) - outer; x < (int) Math.ceil(b.getMaxX()) + outer; x++) {
            for (int y = (int) Math.floor(b.getMinY()) - outer; y < (int) Math.ceil(b.getMaxY()) + outer; y++) {
                boolean inside = x >= b.getMinX() - inner && x < b.getMaxX() + inner
                        && y >= b.getMinY() - inner && y < b.getMaxY() + inner;
                if (inside || x < 0 || y < 0 || x >= after.getWidth() || y >= after.getHeight()) {
                    continue;
                }
                band++;
                if (isAccent(now.getColor(x, y)) && !isAccent(was.getColor(x, y))) {
                    accent++;
                }
            }
        }
        return band == 0 ? 0 : (double) accent / band;
    }

    private static boolean isAccent(Color c) {
        double d = Math.abs(c.getRed() - ACCENT.getRed()) + Math.abs(c.getGreen() - ACCENT.getGreen())
                + Math.abs(c.getBlue() - ACCENT.getBlue());
        return d < 0.35;
    }

    private void assertRing(String id, String part) {
        Node control = lookup("#" + id).query();
        Node ringed = part == null ? control : control.lookup(part);
        interact(root::requestFocus);
        WritableImage before = shot();
        interact(control::requestFocus);
        assertThat(control.isFocused()).as(id + " focused").isTrue();
        WritableImage after = shot();

        // the ring is 2 px wide, 2 px off the control: about half of the 4 px band (less at round corners)
        assertThat(newAccentShare(ringed, before, after)).as("new accent colour around %s", id).isGreaterThan(0.2);
    }

    @Test
    void aPlainButtonShowsARing() {
        assertRing("plain-button", null);
    }

    @Test
    void anAccentButtonShowsARingNotJustADarkerShade() {
        assertRing("accent-button", null);
    }

    @Test
    void theLanguageSwitchShowsARingOnTheChosenLanguage() {
        assertRing("language-selected", null);
    }

    @Test
    void theLanguageSwitchShowsARingOnTheOtherLanguage() {
        assertRing("language-other", null);
    }

    @Test
    void aTextFieldShowsARing() {
        assertRing("text-field", null);
    }

    @Test
    void aComboBoxShowsARing() {
        assertRing("combo-box", null);
    }

    @Test
    void aCheckBoxShowsARingAroundItsBox() {
        assertRing("check-box", ".box");
    }

    @Test
    void aRadioButtonShowsARingAroundItsCircle() {
        assertRing("radio-button", ".radio");
    }

    @Test
    void aHyperlinkShowsARing() {
        assertRing("hyperlink", null);
    }

    @Test
    void aListShowsARing() {
        assertRing("profile-list", null);
    }
}
