package de.cloudhub.order.ui.ordering;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount with its currency, formatted per locale only when shown. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = currency == null ? "EUR" : currency;
    }
}
