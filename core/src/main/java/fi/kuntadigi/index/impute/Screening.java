package fi.kuntadigi.index.impute;

import fi.kuntadigi.index.framework.UnitData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Screens out units with too little data (COINr's {@code Screen()}): a unit missing more than the
 * threshold share of its indicators is removed before imputation, and reported.
 */
public final class Screening {

    private Screening() {
    }

    /** Each unit's share of its indicator values that are missing, in unit order. */
    public static double[] missingShares(UnitData data) {
        int[] missing = new int[data.size()];
        for (String c : data.columnNames()) {
            double[] column = data.columnValues(c);
            for (int u = 0; u < missing.length; u++) {
                missing[u] += Double.isNaN(column[u]) ? 1 : 0;
            }
        }
        int columns = data.columnNames().size();
        double[] shares = new double[missing.length];
        for (int u = 0; u < missing.length; u++) {
            shares[u] = columns == 0 ? 0 : (double) missing[u] / columns;
        }
        return shares;
    }

    /** The codes of the units missing more than {@code maxMissingShare} of the indicators, in order. */
    public static List<String> screenedOut(UnitData data, double maxMissingShare) {
        double[] shares = missingShares(data);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > maxMissingShare + 1e-12) {
                out.add(data.units().get(i).code());
            }
        }
        return out;
    }

    /** The data without the screened-out units. */
    public static UnitData keep(UnitData data, List<String> screenedOut) {
        Set<String> out = new HashSet<>(screenedOut);
        return data.keepUnits(u -> !out.contains(u.code()));
    }
}
