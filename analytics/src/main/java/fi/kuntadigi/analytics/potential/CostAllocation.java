package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.analytics.common.LargestRemainder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a solution's cost to the cent: between the municipalities that share it by population, and
 * within a municipality between the solution's services by their non-digital volume (equally when
 * none has any), both with largest-remainder rounding so the parts add up exactly.
 */
public final class CostAllocation {

    private CostAllocation() {
    }

    /** {@code weights}: key to whole weight, in a fixed order; returns key to cents. */
    public static <K> Map<K, Long> split(long cents, Map<K, Long> weights) {
        List<K> keys = new ArrayList<>(weights.keySet());
        long[] w = keys.stream().mapToLong(weights::get).toArray();
        boolean allZero = Arrays.stream(w).allMatch(x -> x == 0);
        if (allZero) {
            Arrays.fill(w, 1);
        }
        long[] parts = LargestRemainder.split(cents, w);
        Map<K, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), parts[i]);
        }
        return out;
    }
}
