package de.cloudhub.order.model;

/** An address or CIDR range allowed to reach the service, as entered or as normalised. */
public record TrustedSource(String cidr, String description) {
}
