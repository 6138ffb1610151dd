package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.model.Problem;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A page's current problems and what follows from them for the shell: valid, and why not. */
public final class PageProblems {
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyObjectWrapper<Problem> blocking = new ReadOnlyObjectWrapper<>(this, "blockingProblem");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);

    public void set(List<Problem> current) {
        if (!problems.equals(current)) {
            problems.setAll(current);
        }
        Problem firstError = current.stream().filter(Problem::isError).findFirst().orElse(null);
        blocking.set(firstError);
        valid.set(firstError == null);
    }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return blocking.getReadOnlyProperty(); }
    public ObservableList<Problem> all() { return readOnlyProblems; }

    /** The first problem of {@code field} (exactly that path), errors before warnings. */
    public Problem firstOf(String field) {
        return problems.stream().filter(p -> field.equals(p.field()))
                .min((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal())).orElse(null);
    }
}
