package de.cloudhub.order.ui.common;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows validation problems as lines with an icon and the problem's sentence; the severity is a
 * pseudo-class ({@code :error}, {@code :warning}, {@code :notice}) and part of the accessible text,
 * so it is never told by colour alone.
 */
public final class ProblemView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass NOTICE = PseudoClass.getPseudoClass("notice");

    private ProblemView() {
    }

    /** One problem as a label. */
    public static Label label(Problem problem, I18n i18n) {
        String text = i18n.problem(problem);
        Region icon = new Region();
        icon.getStyleClass().add("problem-icon");
        Label label = new Label(text, icon);
        label.getStyleClass().add("problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        Severity severity = problem.severity() == null ? Severity.ERROR : problem.severity();
        label.pseudoClassStateChanged(ERROR, severity == Severity.ERROR);
        label.pseudoClassStateChanged(WARNING, severity == Severity.WARNING);
        label.pseudoClassStateChanged(NOTICE, severity == Severity.NOTICE);
        icon.pseudoClassStateChanged(ERROR, severity == Severity.ERROR);
        icon.pseudoClassStateChanged(WARNING, severity == Severity.WARNING);
        icon.pseudoClassStateChanged(NOTICE, severity == Severity.NOTICE);
        label.setAccessibleText(i18n.t("problem.severity." + severity.name().toLowerCase(Locale.ROOT), text));
        return label;
    }

    /** A box that always shows those of {@code problems} that {@code filter} accepts. */
    public static VBox list(ObservableList<Problem> problems, Predicate<Problem> filter, I18n i18n) {
        VBox box = new VBox();
        box.getStyleClass().add("problem-list");
        ViewListeners.onChange(box, () -> box.getChildren().setAll(
                problems.stream().filter(filter).map(p -> label(p, i18n)).toList()), problems);
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().bind(Bindings.isNotEmpty(box.getChildren()));
        return box;
    }

    /** A box showing a fixed list of problems. */
    public static VBox list(List<Problem> problems, I18n i18n) {
        VBox box = new VBox();
        box.getStyleClass().add("problem-list");
        problems.forEach(p -> box.getChildren().add(label(p, i18n)));
        box.setVisible(!problems.isEmpty());
        box.setManaged(!problems.isEmpty());
        return box;
    }
}
