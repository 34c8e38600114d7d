package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.analytics.common.Stats;
import fi.kuntadigi.analytics.config.IndexSettings;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte Carlo uncertainty analysis of the index (JRC/OECD step 8): every run draws the weights
 * (each x U(1-s, 1+s), renormalised), the non-digital and digital unit costs (each x U(1-u, 1+u)) and,
 * when configured, the aggregation (linear or geometric), recomputes the index and ranks the units.
 * Each run has its own generator split from the seed, so the result does not depend on threads.
 */
public final class RankUncertainty {

    /** Median rank and the 5-95 % interval of one unit. */
    public record Interval(double median, double p05, double p95) {
    }

    private RankUncertainty() {
    }

    public static Interval[] run(List<IndexUnit> units, IndexSettings settings) {
        int n = units.size();
        int runs = settings.mcRuns();
        int[][] ranks = new int[n][runs];
        SplittableRandom root = new SplittableRandom(settings.mcSeed());
        SplittableRandom[] generators = new SplittableRandom[runs];
        for (int r = 0; r < runs; r++) {
            generators[r] = root.split();
        }
        double[] base = IndexSettings.INDICATORS.stream().mapToDouble(settings.weights()::get).toArray();
        IntStream.range(0, runs).parallel().forEach(r -> {
            SplittableRandom g = generators[r];
            double[] w = new double[base.length];
            double sum = 0;
            for (int k = 0; k < base.length; k++) {
                w[k] = base[k] * uniform(g, settings.weightSpread());
                sum += w[k];
            }
            for (int k = 0; k < base.length; k++) {
                w[k] /= sum;
            }
            double fNd = uniform(g, settings.unitCostSpread());
            double fD = uniform(g, settings.unitCostSpread());
            String aggregation = settings.varyAggregation() ? (g.nextBoolean() ? "linear" : "geometric")
                    : settings.aggregation();
            double[][] raw = new double[n][];
            for (int u = 0; u < n; u++) {
                raw[u] = units.get(u).raw(fNd, fD);
            }
            int[] rank = CompositeIndex.ranks(CompositeIndex.score(raw, w, settings.normalisation(), aggregation,
                    settings.geometricFloor()).index());
            for (int u = 0; u < n; u++) {
                ranks[u][r] = rank[u];
            }
        });
        Interval[] out = new Interval[n];
        for (int u = 0; u < n; u++) {
            double[] sorted = IntStream.of(ranks[u]).sorted().asDoubleStream().toArray();
            out[u] = new Interval(Stats.percentileOfSorted(sorted, 0.5), Stats.percentileOfSorted(sorted, 0.05),
                    Stats.percentileOfSorted(sorted, 0.95));
        }
        return out;
    }

    private static double uniform(SplittableRandom g, double spread) {
        return spread == 0 ? 1 : 1 - spread + 2 * spread * g.nextDouble();
    }
}
