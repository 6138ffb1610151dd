package de.cloudhub.order.sandbox;

import de.cloudhub.order.model.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * English sentences for field problems: the sandbox's own codes first, then the app's problems
 * bundle (the model's codes are its keys), then a generic sentence naming field and code.
 */
final class ProblemMessages {
    private static final String BUNDLE = "de.cloudhub.order.i18n.problems";
    private static final Map<String, String> OWN = Map.ofEntries(
            Map.entry("customer-required", "A sales order must name the customer it is placed for."),
            Map.entry("customer-not-found", "There is no customer with this id that you may order for."),
            Map.entry("billing-profile-not-found", "The customer has no billing profile with this id."),
            Map.entry("terms-not-accepted", "The terms and conditions must be accepted to place an order."),
            Map.entry("terms-outdated", "The terms and conditions have changed; accept the current version {0}."),
            Map.entry("quoted-price-missing", "The order must carry the monthly net price the customer was shown."),
            Map.entry("price-changed", "The price has changed to {0} EUR net per month; confirm the new price."),
            Map.entry("price-unavailable", "No price can be calculated for this service, node size and storage."),
            Map.entry("invalid-value", "This value has the wrong type or format."),
            Map.entry("unknown-status", "There is no order status with this name."));

    private final ResourceBundle bundle;

    ProblemMessages() {
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            found = null;
        }
        this.bundle = found;
    }

    FieldProblem of(Problem problem) {
        return new FieldProblem(problem.field(), problem.code(),
                sentence(problem.field(), problem.code(), problem.arguments().toArray()));
    }

    FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, sentence(field, code, arguments));
    }

    String sentence(String field, String code, Object... arguments) {
        String pattern = OWN.get(code);
        if (pattern == null && bundle != null && code != null && bundle.containsKey(code)) {
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
