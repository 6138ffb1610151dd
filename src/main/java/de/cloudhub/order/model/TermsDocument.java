package de.cloudhub.order.model;

/** One document of the terms; a missing title is empty (never null), and the view names it by its link. */
public record TermsDocument(LocalizedText title, String url) {
    public TermsDocument {
        title = LocalizedText.orElse(title, null);
    }
}
