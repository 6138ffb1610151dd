package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.I18n;

/** The user's sentence for a problem found here or reported by the server. */
public final class ProblemText {
    private ProblemText() {
    }

    /**
     * A local problem is formatted with its arguments. A server problem carries the server's sentence
     * instead: the model's text is used when the code is known and needs no arguments, otherwise the
     * server's sentence is quoted.
     */
    public static String text(Problem problem, boolean fromServer, I18n i18n) {
        if (!fromServer) {
            return i18n.problem(problem);
        }
        if (i18n.has(problem.code())) {
            if (!i18n.t(problem.code()).contains("{")) {
                // formatted with a dummy argument so that quoted apostrophes come out right
                return i18n.t("checkout.server-refused", i18n.t(problem.code(), ""));
            }
        }
        String message = ServerProblems.message(problem);
        return i18n.t("checkout.server-refused", message.isBlank() ? problem.code() : message);
    }
}
