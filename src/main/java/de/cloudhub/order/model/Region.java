package de.cloudhub.order.model;

import java.util.List;

public record Region(String id, LocalizedText name, String location, List<String> availabilityZones) {
    /** A region without a name is shown by its id. */
    public Region {
        name = LocalizedText.orElse(name, id);
        availabilityZones = availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
    }
}
