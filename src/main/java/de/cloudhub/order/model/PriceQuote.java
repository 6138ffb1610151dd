package de.cloudhub.order.model;

import java.math.BigDecimal;

/**
 * Monthly price: net, VAT, gross, all rounded to cents. {@code reverseCharge}: the customer owes the
 * VAT (EU business customer outside Germany, see {@link BillingRules#isReverseCharge}); then VAT and
 * {@code vatRate} are 0 and gross equals net.
 */
public record PriceQuote(BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal vatRate, String currency,
                         boolean reverseCharge) {
    /** A quote with VAT charged. */
    public PriceQuote(BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal vatRate, String currency) {
        this(net, vat, gross, vatRate, currency, false);
    }
}
