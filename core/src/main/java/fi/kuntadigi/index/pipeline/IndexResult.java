package fi.kuntadigi.index.pipeline;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.impute.Imputer.Imputed;
import fi.kuntadigi.index.method.Ties;
import fi.kuntadigi.index.treat.Treatment;
import java.util.List;
import java.util.Map;

/**
 * Every stage of an index run, so each number can be traced back to the data.
 *
 * @param framework    the framework as run (weights after the method's overrides)
 * @param denominated  the indicators after denomination, every unit of the data
 * @param missingShare per unit code of the data, the share of its indicators missing after denomination
 * @param screenedOut  the units removed for missing more than the method's threshold
 * @param imputed      the indicators after imputation (screened units removed), with the imputed flags
 * @param treated      the indicators after outlier treatment
 * @param treatments   the treatment log, one entry per indicator
 * @param normalised   the indicators after normalisation
 * @param aggregated   the normalised indicators and every aggregate, up to the index
 * @param rankTies     how equal values are ranked
 */
public record IndexResult(Framework framework, UnitData denominated, Map<String, Double> missingShare,
                          List<String> screenedOut, Imputed imputed, UnitData treated, List<Treatment> treatments,
                          UnitData normalised, UnitData aggregated, Ties rankTies) {

    /** The index values, in unit order. */
    public double[] index() {
        return aggregated.column(framework.index().code());
    }

    /** The ranks of an aggregate or indicator (1 = highest; ties as the method says; missing = NaN). */
    public double[] ranks(String code) {
        return Ranks.descending(aggregated.column(code), rankTies);
    }

    /** The ranks of the index. */
    public double[] indexRanks() {
        return ranks(framework.index().code());
    }
}
