package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.api.FieldError;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;

/**
 * The problems a refused order came back with, kept in {@link OrderState#serverProblems()} and shown
 * at their fields until the user edits the field. A server problem keeps the server's code (normally
 * one of the model's codes) and carries the server's own sentence as its only argument.
 */
public final class ServerProblems {
    private ServerProblems() {
    }

    public static Problem fromFieldError(FieldError error) {
        String field = error.field() == null ? "" : error.field();
        String code = error.code() == null || error.code().isBlank() ? "server.field-refused" : error.code();
        return Problem.error(field, code, error.message() == null ? "" : error.message());
    }

    /** The server's message of a problem made by {@link #fromFieldError}, or empty. */
    public static String message(Problem problem) {
        return problem.arguments().isEmpty() ? "" : String.valueOf(problem.arguments().get(0));
    }

    /** Problems whose field is {@code prefix} or lies below it. */
    public static List<Problem> within(OrderState state, String prefix) {
        return state.serverProblems().stream().filter(p -> FieldSteps.isWithin(p.field(), prefix)).toList();
    }

    /** Removes the server problems of {@code prefix} (and below) each time {@code field} changes. */
    public static void clearWhenEdited(OrderState state, ObservableValue<?> field, String... prefixes) {
        Objects.requireNonNull(state);
        field.addListener((o, was, now) -> clear(state, prefixes));
    }

    /**
     * Installs the clearing for every field of the order, whichever page edits it: a server problem
     * goes away as soon as the user changes what it is about.
     */
    public static void clearOnAnyEdit(OrderState s) {
        clearWhenEdited(s, s.serviceIdProperty(), "serviceId");
        clearWhenEdited(s, s.nodeSizeProperty(), "nodeSize");
        clearWhenEdited(s, s.maxmemoryPolicyProperty(), "maxmemoryPolicy");
        clearWhenEdited(s, s.storageGbProperty(), "storageGb");
        s.trustedSources().addListener((javafx.collections.ListChangeListener<Object>) c -> clear(s, "trustedSources"));
        clearWhenEdited(s, s.allowAllAddressesProperty(), "allowAllAddresses", "trustedSources");
        clearWhenEdited(s, s.regionProperty(), "region");
        clearWhenEdited(s, s.customerIdProperty(), "customerId", "billing");
        clearWhenEdited(s, s.billingModeProperty(), "billing");
        clearWhenEdited(s, s.billingProfileIdProperty(), "billing.profileId");
        String p = "billing.newProfile.";
        clearWhenEdited(s, s.companyProperty(), p + "company");
        clearWhenEdited(s, s.streetProperty(), p + "street");
        clearWhenEdited(s, s.postalCodeProperty(), p + "postalCode");
        clearWhenEdited(s, s.cityProperty(), p + "city");
        clearWhenEdited(s, s.countryProperty(), p + "country", p + "vatId", p + "postalCode");
        clearWhenEdited(s, s.emailProperty(), p + "email");
        clearWhenEdited(s, s.contactNameProperty(), p + "contactName");
        clearWhenEdited(s, s.vatIdProperty(), p + "vatId");
        clearWhenEdited(s, s.referenceProperty(), "reference");
        clearWhenEdited(s, s.termsAcceptedProperty(), "terms");
    }

    public static void clear(OrderState state, String... prefixes) {
        state.serverProblems().removeIf(p -> {
            for (String prefix : prefixes) {
                if (FieldSteps.isWithin(p.field(), prefix)) {
                    return true;
                }
            }
            return false;
        });
    }
}
