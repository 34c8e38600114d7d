package fi.kuntadigi.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.index.AsemFiles;
import fi.kuntadigi.index.TwoUnits;
import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkFiles;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The uncertainty and sensitivity analyses' runs ({@link IndexPipeline#normalised}, {@link Aggregator#index}) skip
 * what only the recorded run keeps; they must give its figures bit for bit. COINr's ASEM example has what the fast
 * paths skip or shortcut: missing values, denomination, group imputation, outlier treatment, three levels.
 */
class AnalysisRunTest {

    private static final Framework ASEM = FrameworkFiles.readMeta(AsemFiles.meta());
    private static final UnitData ASEM_DATA = FrameworkFiles.readData(AsemFiles.data(), ASEM);
    private static final String ASEM_METHOD = "denominate = true\nimpute.group = EurAsia_group\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "impute = group_mean\nscreen.max_missing_share = 1\ntreat = coinr\naggregate = arithmetic",
        "impute = none\nscreen.max_missing_share = 0.1\ntreat = none\naggregate = geometric\naggregate.floor = 1",
        "impute = group_median\nscreen.max_missing_share = 0.2\ntreat = none\nnormalise = zscore\naggregate = arithmetic",
        "impute = mean\ntreat = coinr\nnormalise = percentile_rank\naggregate = harmonic\naggregate.floor = 1"})
    void anAnalysisRunHasTheRecordedRunsNormalisedValuesIndexAndRanks(String method) {
        Method m = MethodFile.parse("asem", ASEM_METHOD + method);
        IndexResult recorded = IndexPipeline.run(ASEM, ASEM_DATA, m);

        UnitData normalised = IndexPipeline.normalised(ASEM, ASEM_DATA, m);
        double[] index = Aggregator.index(recorded.framework(), normalised, m.aggregate());

        assertEquals(recorded.normalised().units(), normalised.units());
        for (String code : recorded.normalised().columnNames()) {
            assertArrayEquals(recorded.normalised().column(code), normalised.column(code), 0, code);
        }
        assertArrayEquals(recorded.index(), index, 0);
        assertArrayEquals(recorded.indexRanks(), Ranks.descending(index, m.rankTies()), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rank.ties = min", "rank.ties = first"})
    void tiedAndMissingIndexesRankAsInTheRecordedRun(String ties) {
        // A and B tie (index 50), C has no value at all: missing, screening off
        Method m = MethodFile.parse("m", "treat = none\nimpute = none\nscreen.max_missing_share = 1\n" + ties);
        UnitData data = TwoUnits.data(new double[] {0, 10, Double.NaN}, new double[] {10, 0, Double.NaN});
        IndexResult recorded = IndexPipeline.run(TwoUnits.framework(), data, m);

        double[] index = Aggregator.index(recorded.framework(), IndexPipeline.normalised(TwoUnits.framework(), data, m),
                m.aggregate());

        assertArrayEquals(new double[] {50, 50, Double.NaN}, index, 0);
        assertArrayEquals(recorded.indexRanks(), Ranks.descending(index, m.rankTies()), 0);
    }
}
