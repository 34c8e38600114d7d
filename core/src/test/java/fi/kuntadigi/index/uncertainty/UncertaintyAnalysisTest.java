package fi.kuntadigi.index.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.TwoUnits;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.sensitivity.RankSensitivity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Normalised, A = (40, 40) is balanced, B = (0, 100) and C = (100, 0) are not: arithmetically B and C (50)
 * lead A (40); geometrically (floor 1) A leads (40 against 100^0.5 = 10). Weights within 10 % keep B and C
 * within 45-55 arithmetically and 7.9-12.6 geometrically, so they never move A.
 */
class UncertaintyAnalysisTest {

    private static final UnitData DATA = TwoUnits.data(new double[] {4, 0, 10}, new double[] {4, 10, 0});

    private static Method method(String uncertainty) {
        return MethodFile.parse("m", "treat = none\naggregate.floor = 1\nuncertainty.seed = 3\n" + uncertainty);
    }

    @Test
    void withoutAlternativesEveryRunHasTheNominalRanks() {
        Method m = method("uncertainty.runs = 50\nuncertainty.aggregate = arithmetic");

        List<UnitUncertainty> u = UncertaintyAnalysis.summarise(UncertaintyAnalysis.run(TwoUnits.framework(), DATA, m));

        assertEquals(3, u.get(0).nominalRank());
        assertEquals(3, u.get(0).rankLow());
        assertEquals(3, u.get(0).rankHigh());
        assertEquals(0, u.get(0).meanShift());
    }

    @Test
    void theAggregationMovesTheBalancedUnitBetweenFirstAndLast() {
        Method m = method("uncertainty.runs = 400\nuncertainty.aggregate = arithmetic, geometric\nuncertainty.weights = 0.1");

        UnitUncertainty a = UncertaintyAnalysis.summarise(UncertaintyAnalysis.run(TwoUnits.framework(), DATA, m)).get(0);

        assertEquals(1, a.rankLow());
        assertEquals(3, a.rankHigh());
        assertEquals(1, a.meanShift(), 0.15); // half the runs move it from 3 to 1
    }

    @Test
    void theSobolIndicesPutTheBalancedUnitsRankOnTheAggregation() {
        Method m = method("uncertainty.aggregate = arithmetic, geometric\nuncertainty.weights = 0.1\nsensitivity.samples = 512");

        List<RankSensitivity.Row> rows = RankSensitivity.analyse(TwoUnits.framework(), DATA, m);

        RankSensitivity.Row weights = rows.stream().filter(r -> r.output().equals("A") && r.factor().equals("weights")).findFirst().orElseThrow();
        RankSensitivity.Row aggregation = rows.stream().filter(r -> r.output().equals("A") && r.factor().equals("aggregation")).findFirst().orElseThrow();
        assertEquals(1, aggregation.first(), 0.1);
        assertEquals(1, aggregation.total(), 0.1);
        assertEquals(0, weights.total(), 0.05);
        assertTrue(rows.stream().anyMatch(r -> r.output().equals(RankSensitivity.MEAN_RANK_SHIFT)));
    }

    @Test
    void eachWeightIsItsOwnAssumptionWhenAsked() {
        Method m = method("uncertainty.weights = 0.5\nuncertainty.weights.each = true\nuncertainty.aggregate = arithmetic, geometric");

        List<String> factors = new AssumptionSpace(TwoUnits.framework(), m).factors().stream().map(AssumptionSpace.Factor::key).toList();

        assertEquals(List.of("weight.a", "weight.b", "aggregation"), factors);
    }

    @Test
    void aWeightFactorScalesItsWeightUniformlyWithinTheNoise() {
        Method m = method("uncertainty.weights = 0.5\nuncertainty.weights.each = true");
        AssumptionSpace space = new AssumptionSpace(TwoUnits.framework(), m);

        // u = 0 gives 1 - 0.5, u = 0.75 gives 1 - 0.5 + 2 x 0.5 x 0.75 = 1.25
        var f = space.framework(new double[] {0, 0.75});

        assertEquals(0.5, f.node("a").weight(), 1e-12);
        assertEquals(1.25, f.node("b").weight(), 1e-12);
    }

    /**
     * An uncertain input the caller applies: unit A's indicator a is 10 x a price multiplied by U(0.01, 1.99);
     * B's a is 0, C's 10; b is 4, 10, 0. At price 1, A = (100 + 40) / 2 = 70 leads B and C (50 each); below a
     * price of 0.6, A = 50 p + 20 falls under them to rank 3 (ties share the best rank) — in about 30 % of the runs.
     */
    @Test
    void anUncertainInputIsAppliedByTheCallersModel() {
        Method m = method("uncertainty.runs = 200\nuncertainty.input.price = 0.99");
        InputModel model = multipliers -> TwoUnits.data(new double[] {4 * multipliers.get("price") * 2.5, 0, 10},
                new double[] {4, 10, 0});

        List<UnitUncertainty> u = UncertaintyAnalysis.summarise(UncertaintyAnalysis.run(TwoUnits.framework(), model, m));

        assertEquals(1, u.get(0).nominalRank());
        assertEquals(1, u.get(0).rankLow());
        assertEquals(3, u.get(0).rankHigh());
    }

    @Test
    void theSensitivityKeepsTheBestRankedUnitsWhenAsked() {
        // nominal arithmetic ranks: B and C 1 (50 each), A 3 (40)
        Method m = method("uncertainty.aggregate = arithmetic, geometric\nsensitivity.samples = 8\nsensitivity.units = 1");

        List<String> outputs = RankSensitivity.analyse(TwoUnits.framework(), DATA, m).stream().map(RankSensitivity.Row::output)
                .distinct().toList();

        assertEquals(List.of("B", "C", RankSensitivity.MEAN_RANK_SHIFT), outputs);
    }
}
