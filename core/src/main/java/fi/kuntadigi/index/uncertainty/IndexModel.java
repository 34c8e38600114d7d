package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.pipeline.IndexPipeline;

/** The index as a function of the assumptions: a point of the unit cube to the units' ranks. */
public final class IndexModel {

    private IndexModel() {
    }

    /** The index ranks of the units under the assumptions of {@code point}. */
    public static double[] ranks(AssumptionSpace space, UnitData data, double[] point) {
        return IndexPipeline.run(space.framework(point), data, space.method(point)).indexRanks();
    }
}
