package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.pipeline.Ranks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index as a function of the assumptions: a point of the unit cube to the units' ranks. The stages up
 * to normalisation depend only on the imputation and normalisation chosen, so they are computed once per
 * combination; weights and aggregation only re-aggregate.
 */
public final class IndexModel {

    private final AssumptionSpace space;
    private final UnitData data;
    private final Map<List<Object>, UnitData> normalised = new HashMap<>();

    public IndexModel(AssumptionSpace space, UnitData data) {
        this.space = space;
        this.data = data;
    }

    /** The index ranks of the units under the assumptions of {@code point}. */
    public double[] ranks(double[] point) {
        Method method = space.method(point);
        Framework framework = space.framework(point);
        UnitData stage = normalised.computeIfAbsent(List.of(method.impute(), method.normalise()),
                k -> IndexPipeline.run(framework, data, method).normalised());
        return Ranks.descending(Aggregator.apply(framework, stage, method.aggregate()).column(framework.index().code()));
    }
}
