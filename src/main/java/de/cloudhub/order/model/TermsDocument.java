package de.cloudhub.order.model;

public record TermsDocument(LocalizedText title, String url) {
}
