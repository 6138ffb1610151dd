package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Either {@code {profileId}} or {@code {newProfile: {...}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillingChoice(String profileId, NewBillingProfile newProfile) {
    public static BillingChoice existing(String profileId) {
        return new BillingChoice(profileId, null);
    }

    public static BillingChoice newProfile(NewBillingProfile profile) {
        return new BillingChoice(null, profile);
    }
}
