package fi.kuntadigi.index.denominate;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.UnitData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Denomination (JRC Handbook step 3: "indicators ... divided by a size measure"): each indicator with a
 * {@code Denominator} in iMeta is divided by that iData column, so countries of different size compare.
 * A missing or zero denominator leaves the value missing.
 */
public final class Denomination {

    private Denomination() {
    }

    /** The indicator columns, each divided by its denominator when it has one. */
    public static UnitData apply(Framework framework, UnitData data) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Node n : framework.indicators()) {
            double[] x = data.column(n.code());
            if (n.denominator() != null) {
                double[] d = data.column(n.denominator());
                for (int i = 0; i < x.length; i++) {
                    x[i] = d[i] == 0 || Double.isNaN(d[i]) ? Double.NaN : x[i] / d[i];
                }
            }
            out.put(n.code(), x);
        }
        return new UnitData(data.units(), out);
    }
}
