package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewBillingProfile(String company, String street, String postalCode, String city,
                                String country, String email, String contactName, String vatId) {
}
