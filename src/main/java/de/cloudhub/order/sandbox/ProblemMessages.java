package de.cloudhub.order.sandbox;

import de.cloudhub.order.model.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * English sentences for field problems: the sandbox's own codes first, then the app's problems
 * bundle (the model's codes are its keys), then a generic sentence naming field and code.
 */
final class ProblemMessages {
    private static final String BUNDLE = "de.cloudhub.order.i18n.problems";
    /** Codes only the server produces; the model's own codes come from the bundle. */
    private static final Map<String, String> OWN = Map.ofEntries(
            Map.entry(FieldCodes.CUSTOMER_UNKNOWN, "There is no customer with this id that you may order for."),
            Map.entry(FieldCodes.BILLING_PROFILE_UNKNOWN, "The customer has no billing profile with this id."),
            Map.entry(FieldCodes.QUOTED_PRICE_REQUIRED,
                    "The order must carry the monthly net price the customer was shown."),
            Map.entry(FieldCodes.QUOTED_PRICE_CHANGED,
                    "The price is now {0} EUR net per month; show the new price and confirm it."),
            Map.entry(FieldCodes.PRICE_UNAVAILABLE,
                    "No price can be calculated for this service, node size and storage."),
            Map.entry(FieldCodes.INVALID_TYPE, "This value has the wrong type or format."),
            Map.entry(FieldCodes.STATUS_UNKNOWN, "There is no order status with this name."));

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    FieldProblem of(Problem problem) {
        return new FieldProblem(problem.field(), problem.code(),
                sentence(problem.field(), problem.code(), problem.arguments().toArray()));
    }

    FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, sentence(field, code, arguments));
    }

    String sentence(String field, String code, Object... arguments) {
        String pattern = OWN.get(code);
        if (pattern == null && code != null && bundle.containsKey(code)) {
            pattern = bundle.getString(code);
        }
        if (pattern == null) {
            return "The field " + field + " is not valid (" + code + ").";
        }
        try {
            return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }
}
