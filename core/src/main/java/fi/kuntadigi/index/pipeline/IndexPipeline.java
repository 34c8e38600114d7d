package fi.kuntadigi.index.pipeline;

import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.denominate.Denomination;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.UnitData;
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
        return run(framework, data, method, true);
    }

    /**
     * The stages of a run of the uncertainty and sensitivity analyses, which read only the normalised and
     * aggregated stages: without the treatment log when the method does not treat outliers (its moments are
     * most of a small index's cost).
     */
    public static IndexResult runUnlogged(Framework framework, UnitData data, Method method) {
        return run(framework, data, method, false);
    }

    private static IndexResult run(Framework framework, UnitData data, Method method, boolean logged) {
        Framework weighted = weighted(framework, method.weights());
        List<String> indicators = weighted.indicators().stream().map(Node::code).toList();
        UnitData denominated = method.denominate() ? Denomination.apply(weighted, data) : data.select(indicators);
        Map<String, Double> missing = new LinkedHashMap<>();
        for (int i = 0; i < denominated.size(); i++) {
            missing.put(denominated.units().get(i).code(), Screening.missingShare(denominated, i));
        }
        List<String> screened = Screening.screenedOut(denominated, method.impute().maxMissingShare());
        if (screened.size() == denominated.size()) {
            throw new FrameworkInputException("every unit misses more than " + method.impute().maxMissingShare()
                    + " of the indicators; raise screen.max_missing_share");
        }
        if (method.impute().method().byGroup() && !weighted.has(method.impute().groupColumn())) {
            throw new FrameworkInputException("method: impute.group '" + method.impute().groupColumn()
                    + "' is not a group of the framework; add it to iMeta with Type Group");
        }
        Imputed imputed = Imputer.apply(Screening.keep(denominated, screened), method.impute());
        Map<String, double[]> treated = new LinkedHashMap<>();
        List<Treatment> log = new ArrayList<>();
        for (String code : indicators) {
            if (!logged && !method.treat().enabled()) {
                treated.put(code, imputed.data().column(code));
                continue;
            }
            OutlierTreatment.Result r = OutlierTreatment.apply(code, imputed.data().column(code), method.treat());
            treated.put(code, r.values());
            log.add(r.log());
        }
        UnitData treatedData = new UnitData(imputed.data().units(), treated);
        int reference = method.normalise().referenceUnit() == null ? -1 : treatedData.indexOf(method.normalise().referenceUnit());
        Map<String, double[]> normalised = new LinkedHashMap<>();
        for (Node n : weighted.indicators()) {
            normalised.put(n.code(), Normaliser.apply(n, treatedData.column(n.code()), method.normalise(), reference));
        }
        UnitData normalisedData = new UnitData(treatedData.units(), normalised);
        UnitData aggregated = Aggregator.apply(weighted, normalisedData, method.aggregate());
        return new IndexResult(weighted, denominated, missing, screened, imputed, treatedData, log, normalisedData, aggregated,
                method.rankTies());
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
