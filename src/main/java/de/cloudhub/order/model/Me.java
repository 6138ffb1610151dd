package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** {@code GET /me}: who the token belongs to. {@code customer} is null for sales staff. */
public record Me(UserInfo user, String role, CustomerRef customer) {
    public static final String ROLE_SALES = "sales";
    public static final String ROLE_CUSTOMER = "customer";

    @JsonIgnore
    public boolean isSales() {
        return ROLE_SALES.equals(role);
    }
}
