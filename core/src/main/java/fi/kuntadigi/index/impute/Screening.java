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

    /** The share of a unit's indicator values that are missing. */
    public static double missingShare(UnitData data, int unit) {
        int missing = 0;
        for (String c : data.columnNames()) {
            missing += Double.isNaN(data.value(c, unit)) ? 1 : 0;
        }
        return data.columnNames().isEmpty() ? 0 : (double) missing / data.columnNames().size();
    }

    /** The codes of the units missing more than {@code maxMissingShare} of the indicators, in order. */
    public static List<String> screenedOut(UnitData data, double maxMissingShare) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (missingShare(data, i) > maxMissingShare + 1e-12) {
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
