package de.cloudhub.order.model;

/** An existing billing profile of a customer, as {@code GET /customers/{id}/billing-profiles} lists it. */
public record BillingProfile(String id, String name, String company, String street, String postalCode,
                             String city, String country, String email, String vatId) {
}
