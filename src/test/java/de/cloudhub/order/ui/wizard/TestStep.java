package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.Problem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A tiny page for shell tests: valid while its text is not blank, with a text field and a notes area. */
final class TestStep implements StepViewModel {
    static final String REASON_CODE = "price.none";

    private final StepId id;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    int entered;
    int left;
    /** How often the shell built this page's view. */
    int built;

    TestStep(StepId id, String initialText) {
        this.id = id;
        text.addListener(o -> validate());
        text.set(initialText);
        validate();
    }

    private void validate() {
        boolean ok = !text.get().isBlank();
        valid.set(ok);
        problem.set(ok ? null : Problem.error("test", REASON_CODE));
    }

    StringProperty textProperty() { return text; }

    @Override public StepId stepId() { return id; }
    @Override public ReadOnlyBooleanProperty validProperty() { return valid; }
    @Override public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return problem; }
    @Override public void onEnter() { entered++; }
    @Override public void onLeave() { left++; }

    WizardPage page() {
        return new WizardPage(this, i18n -> {
            built++;
            Label title = new Label(i18n.t(id.titleKey()));
            title.setId("title-" + id.pageId());
            TextField field = new TextField();
            field.setId("field-" + id.pageId());
            field.textProperty().bindBidirectional(text);
            TextArea area = new TextArea();
            area.setId("notes-" + id.pageId());
            area.setPrefRowCount(2);
            area.textProperty().bindBidirectional(notes);
            VBox box = new VBox(8, title, field, area);
            box.setId(id.pageId());
            return box;
        });
    }
}
