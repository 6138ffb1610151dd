package de.cloudhub.order.model;

import java.util.List;

/**
 * One validation finding. {@code field} is a path into the order ({@code storageGb},
 * {@code trustedSources[2].cidr}, {@code billing.newProfile.postalCode}); {@code code} is an i18n key
 * (bundle {@code problems}); {@code arguments} are its MessageFormat arguments.
 */
public record Problem(String field, String code, Severity severity, List<Object> arguments) {
    public Problem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Problem error(String field, String code, Object... arguments) {
        return new Problem(field, code, Severity.ERROR, List.of(arguments));
    }

    public static Problem warning(String field, String code, Object... arguments) {
        return new Problem(field, code, Severity.WARNING, List.of(arguments));
    }

    public static Problem notice(String field, String code, Object... arguments) {
        return new Problem(field, code, Severity.NOTICE, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
