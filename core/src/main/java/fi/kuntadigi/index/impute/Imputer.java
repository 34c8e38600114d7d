package fi.kuntadigi.index.impute;

import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Single imputation of missing indicator values by the mean or median of the indicator, over all units or
 * over the unit's group. A value stays missing when no unit of the group has one (and is reported).
 */
public final class Imputer {

    private Imputer() {
    }

    /** The data with missing values imputed, and which values were. */
    public static Imputed apply(UnitData data, ImputeSettings settings) {
        Map<String, double[]> out = new LinkedHashMap<>();
        Map<String, boolean[]> imputed = new LinkedHashMap<>();
        for (String code : data.columnNames()) {
            double[] x = data.column(code);
            boolean[] flag = new boolean[x.length];
            if (settings.method() != Imputation.NONE) {
                double[] original = x.clone();
                for (int i = 0; i < x.length; i++) {
                    if (Double.isNaN(x[i])) {
                        x[i] = estimate(original, peers(data.units(), i, settings), settings.method());
                        flag[i] = !Double.isNaN(x[i]);
                    }
                }
            }
            out.put(code, x);
            imputed.put(code, flag);
        }
        return new Imputed(new UnitData(data.units(), out), imputed);
    }

    private static List<Integer> peers(List<Unit> units, int unit, ImputeSettings s) {
        List<Integer> out = new ArrayList<>();
        String group = s.method().byGroup() ? units.get(unit).group(s.groupColumn()) : null;
        for (int j = 0; j < units.size(); j++) {
            if (!s.method().byGroup() || (group != null && Objects.equals(group, units.get(j).group(s.groupColumn())))) {
                out.add(j);
            }
        }
        return out;
    }

    private static double estimate(double[] x, List<Integer> peers, Imputation method) {
        double[] known = peers.stream().mapToDouble(j -> x[j]).filter(v -> !Double.isNaN(v)).toArray();
        if (known.length == 0) {
            return Double.NaN;
        }
        return switch (method) {
            case MEAN, GROUP_MEAN -> Arrays.stream(known).average().orElse(Double.NaN);
            case MEDIAN, GROUP_MEDIAN -> new Median().evaluate(known);
            case NONE -> Double.NaN;
        };
    }

    /**
     * Imputed data and a flag per value that was imputed.
     *
     * @param data    the indicator values after imputation
     * @param flags   per indicator, true where the value was imputed
     */
    public record Imputed(UnitData data, Map<String, boolean[]> flags) {

        /** The share of a unit's indicator values that were imputed. */
        public double shareImputed(int unit) {
            long n = flags.values().stream().filter(f -> f[unit]).count();
            return flags.isEmpty() ? 0 : (double) n / flags.size();
        }

        /** How many values were imputed in all. */
        public int count() {
            int n = 0;
            for (boolean[] f : flags.values()) {
                for (boolean b : f) {
                    n += b ? 1 : 0;
                }
            }
            return n;
        }
    }
}
