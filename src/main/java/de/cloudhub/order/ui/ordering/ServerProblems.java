package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.api.FieldError;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.wizard.OrderState;
import java.util.List;
import java.util.Objects;
import de.cloudhub.order.model.OrderField;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

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
        for (OrderField field : OrderField.edited()) {
            String[] paths = field.affectedPaths().toArray(String[]::new);
            Observable input = s.input(field);
            if (input instanceof ObservableList<?> list) {
                list.addListener((InvalidationListener) o -> clear(s, paths));
            } else {
                ((ObservableValue<?>) input).addListener((o, was, now) -> clear(s, paths));
            }
        }
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
