package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.config.IndexSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankUncertaintyTest {

    static final List<IndexUnit> UNITS = List.of(
            new IndexUnit("214", "a", 900, 0.6, 300, 500, 30, 0.6, 40, 200, 5, 100_000, true),
            new IndexUnit("214", "b", 100, 0.3, 20, 400, 17, 0.6, 40, 10, 5, 50_000, false),
            new IndexUnit("747", "a", 50, 0.7, 15, 700, 30, 0.4, 30, 5, 5, 20_000, true),
            new IndexUnit("747", "b", 400, 0.5, 80, 350, 17, 0.4, 30, 60, 5, 80_000, false));

    private static IndexSettings settings(double weightSpread, double costSpread, boolean vary, long seed) {
        IndexSettings d = AnalyticsConfig.defaults().index();
        return new IndexSettings(d.weights(), d.normalisation(), d.aggregation(), d.geometricFloor(), true, 200, seed,
                weightSpread, costSpread, vary);
    }

    @Test
    void withoutUncertaintyEveryRunGivesTheBaseRank() {
        IndexSettings s = settings(0, 0, false, 1);
        double[][] raw = UNITS.stream().map(u -> u.raw(1, 1)).toArray(double[][]::new);
        double[] w = IndexSettings.INDICATORS.stream().mapToDouble(s.weights()::get).toArray();
        int[] base = CompositeIndex.ranks(CompositeIndex.score(raw, w, "min_max", "linear", 0.01).index());
        RankUncertainty.Interval[] mc = RankUncertainty.run(UNITS, s);
        for (int i = 0; i < UNITS.size(); i++) {
            assertEquals(base[i], mc[i].median());
            assertEquals(base[i], mc[i].p05());
            assertEquals(base[i], mc[i].p95());
        }
    }

    @Test
    void sameSeedGivesTheSameIntervals() {
        RankUncertainty.Interval[] a = RankUncertainty.run(UNITS, settings(0.5, 0.3, true, 42));
        RankUncertainty.Interval[] b = RankUncertainty.run(UNITS, settings(0.5, 0.3, true, 42));
        assertEquals(List.of(a), List.of(b));
    }

    @Test
    void intervalContainsTheMedian() {
        for (RankUncertainty.Interval i : RankUncertainty.run(UNITS, settings(0.5, 0.3, true, 42))) {
            assertEquals(true, i.p05() <= i.median() && i.median() <= i.p95(), i.toString());
        }
    }

    @Test
    void legalObligationsComeFirstInPriority() {
        int[] priority = PotentialJob.priorityRanks(UNITS, new double[] {10, 90, 20, 80}, true);
        assertEquals(List.of(2, 3, 1, 4), java.util.Arrays.stream(priority).boxed().toList());
    }

    @Test
    void columnWiseAggregationEqualsThePerUnitFormula() {
        double[][] columns = {{0.2, 1.0, 0.0}, {0.5, 0.25, 1.0}};
        double[] w = {0.3, 0.7};
        for (String aggregation : List.of("linear", "geometric")) {
            double[] byColumn = RankUncertainty.aggregate(columns, w, aggregation, 0.01, 3);
            for (int u = 0; u < 3; u++) {
                assertEquals(CompositeIndex.aggregate(new double[] {columns[0][u], columns[1][u]}, w, aggregation, 0.01),
                        byColumn[u], 1e-9);
            }
        }
    }

    @Test
    void intervalsAreTheType7PercentilesOfEachUnitsRanks() {
        java.util.SplittableRandom g = new java.util.SplittableRandom(3);
        int n = 700;
        int runs = 101;
        int[][] byRun = new int[runs][n];
        for (int[] run : byRun) {
            java.util.Arrays.setAll(run, u -> g.nextInt(1, n + 1));
        }
        RankUncertainty.Interval[] got = RankUncertainty.intervals(byRun, n);
        for (int u = 0; u < n; u++) {
            double[] ranks = new double[runs];
            for (int r = 0; r < runs; r++) {
                ranks[r] = byRun[r][u];
            }
            assertEquals(new RankUncertainty.Interval(fi.kuntadigi.analytics.common.Stats.percentile(ranks, 0.5),
                    fi.kuntadigi.analytics.common.Stats.percentile(ranks, 0.05),
                    fi.kuntadigi.analytics.common.Stats.percentile(ranks, 0.95)), got[u]);
        }
    }

    @Test
    void selectedPercentilesEqualThoseOfTheSortedRanks() {
        java.util.SplittableRandom g = new java.util.SplittableRandom(11);
        for (int trial = 0; trial < 2000; trial++) {
            int runs = g.nextInt(1, 1200);
            int spread = g.nextInt(1, 3000);
            int[] ranks = new int[runs];
            double[] asDouble = new double[runs];
            for (int r = 0; r < runs; r++) {
                ranks[r] = g.nextInt(1, spread + 1);
                asDouble[r] = ranks[r];
            }
            RankUncertainty.Interval expected = new RankUncertainty.Interval(
                    fi.kuntadigi.analytics.common.Stats.percentile(asDouble, 0.5),
                    fi.kuntadigi.analytics.common.Stats.percentile(asDouble, 0.05),
                    fi.kuntadigi.analytics.common.Stats.percentile(asDouble, 0.95));
            assertEquals(expected, RankUncertainty.interval(ranks), "trial " + trial + ", " + runs + " runs");
        }
    }
}
