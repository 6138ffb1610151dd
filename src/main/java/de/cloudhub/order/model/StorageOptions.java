package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** The catalog's storage range: {@code minGb..maxGb} in steps of {@code stepGb}. */
public record StorageOptions(int minGb, int maxGb, int stepGb,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyNetPerGb) {
}
