package de.cloudhub.order.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What can be ordered, as {@code GET /catalog} returns it. */
public record Catalog(String version, String currency,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate,
                      List<ServiceOffering> services) {
    public Catalog {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public Optional<ServiceOffering> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }
}
