package de.cloudhub.order.model;

import java.util.List;
import java.util.stream.IntStream;

/** Storage in GB: within the catalog's min/max and a multiple of its step counted from the minimum. */
public final class StorageRules {
    public static final String FIELD = "storageGb";
    public static final String REQUIRED = "storage.required";
    public static final String BELOW_MIN = "storage.belowMin";
    public static final String ABOVE_MAX = "storage.aboveMax";
    public static final String OFF_GRID = "storage.offGrid";
    public static final List<String> CODES = List.of(REQUIRED, BELOW_MIN, ABOVE_MAX, OFF_GRID);

    private StorageRules() {
    }

    /** Problems of field {@code storageGb}; an off-grid value names the nearest valid ones. */
    public static List<Problem> validate(Integer storageGb, StorageOptions options) {
        if (storageGb == null) {
            return List.of(Problem.error(FIELD, REQUIRED));
        }
        if (options == null) {
            return List.of();
        }
        int gb = storageGb;
        int max = largestValid(options);
        if (gb < options.minGb()) {
            return List.of(Problem.error(FIELD, BELOW_MIN, gb, options.minGb(), max));
        }
        if (gb > max) {
            return List.of(Problem.error(FIELD, ABOVE_MAX, gb, options.minGb(), max));
        }
        // Within bounds an off-grid value always lies between two valid ones.
        List<Integer> nearest = nearestValid(gb, options);
        return nearest.size() == 2
                ? List.of(Problem.error(FIELD, OFF_GRID, gb, nearest.get(0), nearest.get(1)))
                : List.of();
    }

    /**
     * The valid values nearest to {@code gb} (one or two, ascending): {@code gb} itself when valid,
     * the valid values just below and above it when it lies between two, otherwise the nearer end.
     */
    public static List<Integer> nearestValid(int gb, StorageOptions options) {
        int min = options.minGb();
        int max = largestValid(options);
        if (gb <= min) {
            return List.of(min);
        }
        if (gb >= max) {
            return List.of(max);
        }
        int step = step(options);
        int below = min + (gb - min) / step * step;
        if (below == gb) {
            return List.of(gb);
        }
        return List.of(below, below + step);
    }

    /** Every valid value, ascending (min, min + step, … up to max). */
    public static List<Integer> validValues(StorageOptions options) {
        int step = step(options);
        int max = largestValid(options);
        return IntStream.iterate(options.minGb(), v -> v <= max, v -> v + step).boxed().toList();
    }

    /** The largest value on the grid that does not exceed max (max itself in the provider's catalog). */
    private static int largestValid(StorageOptions options) {
        int span = Math.max(0, options.maxGb() - options.minGb());
        return options.minGb() + span / step(options) * step(options);
    }

    private static int step(StorageOptions options) {
        return Math.max(1, options.stepGb());
    }
}
