package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;

/** A problem shown at one input, and whether the server reported it (its text is made differently). */
public record FieldProblem(Problem problem, boolean fromServer) {
    public FieldProblem {
        Objects.requireNonNull(problem);
    }

    public String text(I18n i18n) {
        return ProblemText.text(problem, fromServer, i18n);
    }
}
