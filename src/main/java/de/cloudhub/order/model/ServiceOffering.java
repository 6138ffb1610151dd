package de.cloudhub.order.model;

import java.util.List;
import java.util.Optional;

/** One orderable service of the catalog ("Caching as a Service – Valkey 8"). */
public record ServiceOffering(String id, String category, LocalizedText name, Engine engine,
                              LocalizedText description, List<NodeSize> nodeSizes, StorageOptions storage,
                              List<Region> regions, int maxTrustedSources, List<String> maxmemoryPolicies,
                              String defaultMaxmemoryPolicy) {
    /** A service without a name is shown by its id; a missing description is empty, never null. */
    public ServiceOffering {
        name = LocalizedText.orElse(name, id);
        description = LocalizedText.orElse(description, null);
        nodeSizes = nodeSizes == null ? List.of() : List.copyOf(nodeSizes);
        regions = regions == null ? List.of() : List.copyOf(regions);
        maxmemoryPolicies = maxmemoryPolicies == null ? List.of() : List.copyOf(maxmemoryPolicies);
    }

    public Optional<NodeSize> nodeSize(String nodeSizeId) {
        return nodeSizes.stream().filter(n -> n.id().equals(nodeSizeId)).findFirst();
    }

    public Optional<Region> region(String regionId) {
        return regions.stream().filter(r -> r.id().equals(regionId)).findFirst();
    }
}
