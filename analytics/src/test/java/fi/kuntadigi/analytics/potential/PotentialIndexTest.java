package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkFiles;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.uncertainty.UnitUncertainty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PotentialIndexTest {

    static final Path BUNDLED = Path.of("..", "datasets", "config", "index", "potential");

    static final List<IndexUnit> UNITS = List.of(
            new IndexUnit("214", "a", 900, 0.6, 300, 500, 30, 0.6, 40, 200, 5, 100_000, true),
            new IndexUnit("214", "b", 100, 0.3, 20, 400, 17, 0.6, 40, 10, 5, 50_000, false),
            new IndexUnit("747", "a", 50, 0.7, 15, 700, 30, 0.4, 30, 5, 5, 20_000, true),
            new IndexUnit("747", "b", 400, 0.5, 80, 350, 17, 0.4, 30, 60, 5, 80_000, false));

    /** The published money indicators of {@link #UNITS}: the saving to the cent, the net benefit in cents. */
    static long[][] money() {
        return UNITS.stream().map(u -> new long[] {Math.round(u.savingEuros(1, 1) * 100),
                Math.round(u.netBenefitEuros(1, 1) * 100)}).toArray(long[][]::new);
    }

    private static PotentialIndex bundledWith(String method) {
        Framework f = FrameworkFiles.readMeta(BUNDLED.resolve("iMeta.csv"));
        return new PotentialIndex(f, MethodFile.parse("method.properties", method), Map.of(), "test");
    }

    private static final String NOMINAL = "denominate = false\ntreat = none\nnormalise.high = 1\naggregate.floor = 0.01\n"
            + "aggregate.scale = 100\nrank.ties = first\n";

    @Test
    void bundledFrameworkHasTheSevenIndicatorsWithWeightsSummingToOne() {
        PotentialIndex index = PotentialIndex.load(BUNDLED);

        assertEquals(IndexUnit.INDICATORS, index.indicators());
        assertArrayEquals(new double[] {0.20, 0.15, 0.20, 0.15, 0.10, 0.05, 0.15}, index.weights(), 1e-12);
        assertEquals("min_max", index.normalisationLabel());
        assertEquals("linear", index.aggregationLabel());
        assertEquals(1000, index.runs());
    }

    /**
     * Two units: the first has more non-digital volume (900 / 100, weight 0.20), share (0.6 / 0.3, 0.15), handling
     * hours (300 / 20, 0.20), saving per transaction (4.70 / 3.83 EUR, 0.15) and shared net benefit (3 700 / -308.50
     * EUR, 0.15): min-max 1 for it, 0 for the other. Readiness (0.6, 0.10) and sector maturity (40, 0.05) are equal:
     * 0.5 for both. Index: 100 x (0.85 + 0.5 x 0.15) = 92.5 and 100 x 0.5 x 0.15 = 7.5.
     */
    @Test
    void theIndexIsTheWeightedMeanOfTheMinMaxNormalisedIndicatorsTimesHundred() {
        List<IndexUnit> two = UNITS.subList(0, 2);
        long[][] money = Arrays.copyOf(money(), 2);

        double[] index = PotentialIndex.load(BUNDLED).score(two, money).index();

        assertEquals(92.5, index[0], 1e-9);
        assertEquals(7.5, index[1], 1e-9);
    }

    @Test
    void equalIndexesAreRankedInUnitOrder() {
        List<IndexUnit> twins = List.of(UNITS.get(0), UNITS.get(0), UNITS.get(1));
        long[][] money = {money()[0], money()[0], money()[1]};

        double[] ranks = PotentialIndex.load(BUNDLED).score(twins, money).indexRanks();

        assertArrayEquals(new double[] {1, 2, 3}, ranks);
    }

    @Test
    void withoutUncertaintyEveryRunGivesTheNominalRank() {
        PotentialIndex index = bundledWith(NOMINAL + "uncertainty.runs = 50\nuncertainty.aggregate = arithmetic");
        double[] nominal = index.score(UNITS, money()).indexRanks();

        List<UnitUncertainty> mc = index.uncertainty(UNITS, money());

        for (int i = 0; i < UNITS.size(); i++) {
            assertEquals(nominal[i], mc.get(i).medianRank());
            assertEquals(nominal[i], mc.get(i).rankLow());
            assertEquals(nominal[i], mc.get(i).rankHigh());
        }
    }

    @Test
    void theUnitCostsMoveTheRanksThroughTheMoneyIndicators() {
        // only the money indicators weigh: the unit costs alone decide, and +-90 % reorders the savings
        String weights = "weight.non_digital_volume = 0\nweight.non_digital_share = 0\nweight.handling_hours = 0\n"
                + "weight.readiness = 0\nweight.sector_maturity = 0\n";
        PotentialIndex index = bundledWith(NOMINAL + weights + "uncertainty.runs = 200\n"
                + "uncertainty.input.non_digital_unit_cost = 0.9\nuncertainty.input.digital_unit_cost = 0.9");

        List<UnitUncertainty> mc = index.uncertainty(UNITS, money());

        assertTrue(mc.stream().anyMatch(u -> u.rankLow() < u.rankHigh()), mc.toString());
    }

    @Test
    void sameSeedGivesTheSameIntervals() {
        PotentialIndex index = PotentialIndex.load(BUNDLED);

        assertEquals(index.uncertainty(UNITS, money()), index.uncertainty(UNITS, money()));
    }

    @Test
    void theSensitivityNamesEachWeightTheUnitCostsAndTheAggregation() {
        PotentialIndex index = bundledWith(NOMINAL + "uncertainty.weights = 0.5\nuncertainty.weights.each = true\n"
                + "uncertainty.input.non_digital_unit_cost = 0.3\nuncertainty.input.digital_unit_cost = 0.3\n"
                + "uncertainty.aggregate = arithmetic, geometric\nsensitivity.samples = 16\n");

        List<String> factors = index.sensitivity(UNITS, money()).stream().filter(r -> r.output().equals("0"))
                .map(r -> r.factor()).toList();

        assertEquals(List.of("weight.non_digital_volume", "weight.non_digital_share", "weight.handling_hours",
                "weight.saving_per_transaction", "weight.readiness", "weight.sector_maturity", "weight.net_benefit_shared",
                "aggregation", "input.digital_unit_cost", "input.non_digital_unit_cost"), factors);
    }

    @Test
    void anIndicatorAnalyzeDoesNotComputeIsRefusedWithTheFileAndTheKnownOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("iMeta.csv"), """
                Level,iCode,iName,Direction,Weight,Parent,Type
                1,popularity,Popularity,1,1,potential_index,Indicator
                2,potential_index,Index,1,1,,Aggregate
                """);
        Files.writeString(dir.resolve("method.properties"), "treat = none\n");

        var e = assertThrows(FrameworkInputException.class, () -> PotentialIndex.load(dir));

        assertEquals(dir + "/iMeta.csv: indicator 'popularity' is not one analyze computes; the potential index's "
                + "indicators are " + IndexUnit.INDICATORS, e.getMessage());
    }

    @Test
    void anUnknownUncertainInputIsRefusedWithItsSetting() {
        var e = assertThrows(FrameworkInputException.class,
                () -> bundledWith(NOMINAL + "uncertainty.input.staff_cost = 0.2"));

        assertTrue(e.getMessage().contains("setting uncertainty.input.staff_cost: not an input of the potential index"),
                e.getMessage());
    }

    @Test
    void legalObligationsComeFirstInPriority() {
        int[] priority = PotentialJob.priorityRanks(UNITS, new double[] {10, 90, 20, 80}, true);
        assertEquals(List.of(2, 3, 1, 4), Arrays.stream(priority).boxed().toList());
    }
}
