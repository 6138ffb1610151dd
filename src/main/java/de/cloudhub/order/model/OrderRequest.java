package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /orders}. {@code allowAllAddresses} is the explicit confirmation a
 * {@code /0} trusted source needs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderRequest(String customerId, String serviceId, String nodeSize, Integer storageGb,
                           List<TrustedSource> trustedSources, boolean allowAllAddresses, String region,
                           String maxmemoryPolicy, BillingChoice billing, TermsAcceptance terms,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quotedMonthlyNet,
                           String reference) {
    public OrderRequest {
        trustedSources = trustedSources == null ? List.of() : List.copyOf(trustedSources);
    }
}
