package de.cloudhub.order.model;

import java.util.List;

/**
 * The result of checking a list of trusted sources: every problem (fields
 * {@code trustedSources} and {@code trustedSources[i].cidr|description}) and one normalised entry per input, same order.
 */
public record TrustedSourceCheck(List<Problem> problems, List<NormalizedSource> entries) {
    public TrustedSourceCheck {
        problems = List.copyOf(problems);
        entries = List.copyOf(entries);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
