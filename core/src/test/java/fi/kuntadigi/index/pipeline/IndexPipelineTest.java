package fi.kuntadigi.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.index.TwoUnits;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.report.IndexReport;
import fi.kuntadigi.index.report.ReportTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexPipelineTest {

    private static final double NA = Double.NaN;

    @Test
    void aUnitMissingTooMuchIsScreenedOutAndTheRestImputedNormalisedAndAggregated() {
        // C misses both indicators (share 1 > 0.5): screened out. B's b is imputed by the mean of A's and nothing else: 2.
        IndexResult r = IndexPipeline.run(TwoUnits.framework(), TwoUnits.data(new double[] {0, 10, NA}, new double[] {2, NA, NA}),
                MethodFile.parse("m", "impute = mean\nscreen.max_missing_share = 0.5\ntreat = none"));

        assertEquals(List.of("C"), r.screenedOut());
        assertEquals(Map.of("A", 0.0, "B", 0.5, "C", 1.0), r.missingShare());
        assertArrayEquals(new double[] {2, 2}, r.imputed().data().column("b"));
        // a: 0, 100; b constant: 50, 50; index (0 + 50)/2 = 25 and (100 + 50)/2 = 75
        assertArrayEquals(new double[] {25, 75}, r.index(), 1e-12);
        assertArrayEquals(new double[] {2, 1}, r.indexRanks());
    }

    @Test
    void theStagesTableHasEveryValueOfEveryStage() {
        IndexResult r = IndexPipeline.run(TwoUnits.framework(), TwoUnits.data(new double[] {0, 5, 10}, new double[] {1, 2, 3}),
                MethodFile.parse("m", "treat = none"));

        ReportTable stages = IndexReport.stages(r);

        // 3 units x 2 indicators in four stages, 3 units x 1 aggregate
        assertEquals(27, stages.rows().size());
        assertEquals(Map.of("stage", "aggregated", "unit_code", "C", "code", "I", "value", 100.0), stages.rows().get(26));
        assertEquals(Map.of("stage", "normalised", "unit_code", "B", "code", "a", "value", 50.0), stages.rows().get(19));
    }

    @Test
    void aWeightOverrideChangesTheIndex() {
        IndexResult r = IndexPipeline.run(TwoUnits.framework(), TwoUnits.data(new double[] {0, 5, 10}, new double[] {10, 0, 5}),
                MethodFile.parse("m", "treat = none\nweight.a = 3"));

        // a normalised 0, 50, 100; b 100, 0, 50: (3a + b)/4 = 25, 37.5, 87.5
        assertArrayEquals(new double[] {25, 37.5, 87.5}, r.index(), 1e-12);
    }
}
