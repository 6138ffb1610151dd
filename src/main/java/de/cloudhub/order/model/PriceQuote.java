package de.cloudhub.order.model;

import java.math.BigDecimal;

/** Monthly price: net, VAT, gross, all rounded to cents. */
public record PriceQuote(BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal vatRate, String currency) {
}
