package de.cloudhub.order.model;

import java.util.List;

/** {@code GET /terms}: the current terms version, its acceptance sentence and its documents. */
public record Terms(String version, LocalizedText acceptance, List<TermsDocument> documents) {
    public Terms {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
