package de.cloudhub.order.model;

public record TermsAcceptance(String version, boolean accepted) {
}
