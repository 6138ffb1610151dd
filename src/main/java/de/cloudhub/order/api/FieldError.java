package de.cloudhub.order.api;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Severity;
import java.util.List;

/**
 * One entry of a problem's {@code errors}: {@code field} uses the model's field paths
 * ({@code trustedSources[0].cidr}, {@code billing.newProfile.vatId}); {@code code} is the i18n key the
 * model would use for the same finding; {@code message} is the server's own sentence.
 */
public record FieldError(String field, String code, String message) {
    /** The finding as the model reports its own, so the wizard shows server and local problems alike. */
    public Problem toProblem() {
        return new Problem(field, code, Severity.ERROR, List.of());
    }
}
