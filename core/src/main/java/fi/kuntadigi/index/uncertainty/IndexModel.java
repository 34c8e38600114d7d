package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.pipeline.Ranks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The index as a function of the assumptions: a point of the unit cube to the units' ranks. Without
 * uncertain inputs the stages up to normalisation depend only on the imputation and normalisation chosen,
 * so they are computed once per combination; weights and aggregation only re-aggregate. Safe to call from
 * several threads.
 */
public final class IndexModel {

    private final AssumptionSpace space;
    private final InputModel inputs;
    private final Map<List<Object>, UnitData> normalised = new ConcurrentHashMap<>();

    public IndexModel(AssumptionSpace space, UnitData data) {
        this(space, InputModel.fixed(data));
    }

    /** The model of data whose uncertain inputs {@code inputs} recomputes. */
    public IndexModel(AssumptionSpace space, InputModel inputs) {
        this.space = space;
        this.inputs = inputs;
    }

    /** The index ranks of the units under the assumptions of {@code point}. */
    public double[] ranks(double[] point) {
        return Ranks.descending(index(point), space.method(point).rankTies());
    }

    /** The index of the units under the assumptions of {@code point}. */
    public double[] index(double[] point) {
        Method method = space.method(point);
        Framework framework = space.framework(point);
        UnitData stage = space.variesInputs()
                ? IndexPipeline.normalised(framework, inputs.data(space.inputs(point)), method)
                : normalised.computeIfAbsent(List.of(method.impute(), method.normalise()),
                        k -> IndexPipeline.normalised(framework, inputs.data(space.inputs(point)), method));
        return Aggregator.index(framework, stage, method.aggregate());
    }
}
