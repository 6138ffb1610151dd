package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.ui.ordering.Money;

/**
 * What changed since the draft was last saved before this opening: the price (old → new) and the terms
 * version. Either part is null when it did not change.
 */
public record SeenChanges(Money oldPrice, Money newPrice, String newTermsVersion) {
    public static final SeenChanges NONE = new SeenChanges(null, null, null);

    public boolean priceChanged() {
        return oldPrice != null && newPrice != null;
    }

    public boolean termsChanged() {
        return newTermsVersion != null;
    }

    public boolean any() {
        return priceChanged() || termsChanged();
    }
}
