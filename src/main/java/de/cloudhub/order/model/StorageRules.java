package de.cloudhub.order.model;

import java.util.List;

/** SCAFFOLD: model helper implements. */
public final class StorageRules {
    private StorageRules() {
    }

    /** Problems of field {@code storageGb}; an off-grid value names the nearest valid ones. */
    public static List<Problem> validate(Integer storageGb, StorageOptions options) {
        return List.of();
    }

    /** The valid values nearest to {@code gb} (one or two, ascending). */
    public static List<Integer> nearestValid(int gb, StorageOptions options) {
        return List.of();
    }
}
