package fi.kuntadigi.index.pipeline;

import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.denominate.Denomination;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.impute.Imputation;
import fi.kuntadigi.index.impute.Imputer;
import fi.kuntadigi.index.impute.Imputer.Imputed;
import fi.kuntadigi.index.impute.Screening;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.normalise.Normaliser;
import fi.kuntadigi.index.treat.OutlierTreatment;
import fi.kuntadigi.index.treat.Treatment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a composite index the JRC way, one recorded stage after another: denominate, screen units with
 * too little data, impute, treat outliers, normalise, aggregate level by level.
 */
public final class IndexPipeline {

    private IndexPipeline() {
    }

    /** Every stage of the index of {@code data} by {@code method}. */
    public static IndexResult run(Framework framework, UnitData data, Method method) {
        Framework weighted = weighted(framework, method.weights());
        UnitData denominated = denominated(weighted, data, method);
        double[] shares = Screening.missingShares(denominated);
        Map<String, Double> missing = new LinkedHashMap<>();
        for (int i = 0; i < denominated.size(); i++) {
            missing.put(denominated.units().get(i).code(), shares[i]);
        }
        List<String> screened = screenedOut(weighted, denominated, method);
        Imputed imputed = Imputer.apply(Screening.keep(denominated, screened), method.impute());
        Map<String, double[]> treated = new LinkedHashMap<>();
        List<Treatment> log = new ArrayList<>();
        for (String code : indicators(weighted)) {
            OutlierTreatment.Result r = OutlierTreatment.apply(code, imputed.data().column(code), method.treat());
            treated.put(code, r.values());
            log.add(r.log());
        }
        UnitData treatedData = new UnitData(imputed.data().units(), treated);
        UnitData normalisedData = normalise(weighted, treatedData, method);
        UnitData aggregated = Aggregator.apply(weighted, normalisedData, method.aggregate());
        return new IndexResult(weighted, denominated, missing, screened, imputed, treatedData, log, normalisedData, aggregated,
                method.rankTies());
    }

    /**
     * The normalised indicators alone, as each run of the uncertainty and sensitivity analyses needs them: the
     * same stages as {@link #run} (so the same values) without what only the recorded run keeps (missing shares,
     * imputation flags, the treatment log and its moments) and without copying a stage that changes nothing
     * (no unit screened out, no imputation, no treatment).
     */
    public static UnitData normalised(Framework framework, UnitData data, Method method) {
        Framework weighted = weighted(framework, method.weights());
        UnitData denominated = denominated(weighted, data, method);
        List<String> screened = screenedOut(weighted, denominated, method);
        UnitData kept = screened.isEmpty() ? denominated : Screening.keep(denominated, screened);
        UnitData imputed = method.impute().method() == Imputation.NONE ? kept : Imputer.apply(kept, method.impute()).data();
        if (!method.treat().enabled()) {
            return normalise(weighted, imputed, method);
        }
        Map<String, double[]> treated = new LinkedHashMap<>();
        for (String code : indicators(weighted)) {
            treated.put(code, OutlierTreatment.apply(code, imputed.column(code), method.treat()).values());
        }
        return normalise(weighted, new UnitData(imputed.units(), treated), method);
    }

    private static UnitData denominated(Framework weighted, UnitData data, Method method) {
        return method.denominate() ? Denomination.apply(weighted, data)
                : data.select(indicators(weighted));
    }

    private static List<String> indicators(Framework weighted) {
        return weighted.indicators().stream().map(Node::code).toList();
    }

    /** The units screened out for missing data; fails when every unit is, or when a group imputation has no group. */
    private static List<String> screenedOut(Framework weighted, UnitData denominated, Method method) {
        List<String> screened = Screening.screenedOut(denominated, method.impute().maxMissingShare());
        if (screened.size() == denominated.size()) {
            throw new FrameworkInputException("every unit misses more than " + method.impute().maxMissingShare()
                    + " of the indicators; raise screen.max_missing_share");
        }
        if (method.impute().method().byGroup() && !weighted.has(method.impute().groupColumn())) {
            throw new FrameworkInputException("method: impute.group '" + method.impute().groupColumn()
                    + "' is not a group of the framework; add it to iMeta with Type Group");
        }
        return screened;
    }

    private static UnitData normalise(Framework weighted, UnitData treated, Method method) {
        int reference = method.normalise().referenceUnit() == null ? -1 : treated.indexOf(method.normalise().referenceUnit());
        Map<String, double[]> normalised = new LinkedHashMap<>();
        for (Node n : weighted.indicators()) {
            normalised.put(n.code(), Normaliser.apply(n, treated.columnValues(n.code()), method.normalise(), reference));
        }
        return UnitData.owning(treated.units(), normalised);
    }

    /** The framework with the method's weight overrides (weight.CODE) applied. */
    public static Framework weighted(Framework framework, Map<String, Double> weights) {
        for (String code : weights.keySet()) {
            if (!framework.has(code) || !framework.node(code).inHierarchy()) {
                throw new FrameworkInputException("method: weight." + code + " names no indicator or aggregate of the framework");
            }
        }
        return weights.isEmpty() ? framework : framework.reweighted(n -> n.withWeight(weights.getOrDefault(n.code(), n.weight())));
    }
}
