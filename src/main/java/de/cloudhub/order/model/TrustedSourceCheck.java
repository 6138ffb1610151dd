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

    /** The entries that parsed, as they should be sent: normalised cidr and trimmed description, same order. */
    public List<TrustedSource> normalizedSources() {
        return entries.stream()
                .filter(e -> e.cidr() != null)
                .map(e -> new TrustedSource(e.cidr(), e.description()))
                .toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
