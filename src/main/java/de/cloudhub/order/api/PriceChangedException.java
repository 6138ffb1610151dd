package de.cloudhub.order.api;

import java.math.BigDecimal;
import java.util.List;

/** 409 {@code price-changed}: the quoted price is no longer the current one. */
public class PriceChangedException extends ApiProblemException {
    private final BigDecimal currentMonthlyNet;

    public PriceChangedException(String type, String title, String detail, List<FieldError> errors,
                                 BigDecimal currentMonthlyNet) {
        super(409, type, title, detail, "price-changed", errors);
        this.currentMonthlyNet = currentMonthlyNet;
    }

    public BigDecimal currentMonthlyNet() {
        return currentMonthlyNet;
    }
}
