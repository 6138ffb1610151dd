package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** One node size of the catalog, e.g. {@code a4-16}: series a, 4 vCPU, 16 GB RAM. */
public record NodeSize(String id, String series, int vcpu, int ramGb,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyNet) {
}
