package de.cloudhub.order.model;

import java.util.List;

public record Region(String id, LocalizedText name, String location, List<String> availabilityZones) {
    public Region {
        availabilityZones = availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
    }
}
