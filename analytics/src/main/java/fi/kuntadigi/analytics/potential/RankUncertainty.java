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
        int k = IndexSettings.INDICATORS.size();
        int[][] ranks = new int[n][runs];
        SplittableRandom root = new SplittableRandom(settings.mcSeed());
        SplittableRandom[] generators = new SplittableRandom[runs];
        for (int r = 0; r < runs; r++) {
            generators[r] = root.split();
        }
        double[] base = IndexSettings.INDICATORS.stream().mapToDouble(settings.weights()::get).toArray();
        // the other indicators do not depend on the drawn unit costs: normalise them once
        double[][] fixed = new double[k][];
        double[] column = new double[n];
        for (int j = 0; j < k; j++) {
            if (j == IndexUnit.SAVING || j == IndexUnit.NET_BENEFIT) {
                continue;
            }
            for (int u = 0; u < n; u++) {
                column[u] = units.get(u).raw(1, 1)[j];
            }
            fixed[j] = Normalisation.apply(column, settings.normalisation());
        }
        IntStream.range(0, runs).parallel().forEach(r -> {
            SplittableRandom g = generators[r];
            double[] w = new double[k];
            double sum = 0;
            for (int j = 0; j < k; j++) {
                w[j] = base[j] * uniform(g, settings.weightSpread());
                sum += w[j];
            }
            for (int j = 0; j < k; j++) {
                w[j] /= sum;
            }
            double fNd = uniform(g, settings.unitCostSpread());
            double fD = uniform(g, settings.unitCostSpread());
            String aggregation = settings.varyAggregation() ? (g.nextBoolean() ? "linear" : "geometric")
                    : settings.aggregation();
            double[] saving = new double[n];
            double[] net = new double[n];
            for (int u = 0; u < n; u++) {
                saving[u] = units.get(u).savingEuros(fNd, fD);
                net[u] = units.get(u).netBenefitEuros(fNd, fD);
            }
            double[][] columns = fixed.clone();
            columns[IndexUnit.SAVING] = Normalisation.apply(saving, settings.normalisation());
            columns[IndexUnit.NET_BENEFIT] = Normalisation.apply(net, settings.normalisation());
            double[] index = aggregate(columns, w, aggregation, settings.geometricFloor(), n);
            int[] rank = CompositeIndex.ranks(index);
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

    /** Column-wise {@link CompositeIndex#aggregate} of every unit (same formula, cache-friendly loop). */
    static double[] aggregate(double[][] columns, double[] w, String aggregation, double floor, int n) {
        double[] index = new double[n];
        boolean geometric = aggregation.equals("geometric");
        for (int j = 0; j < w.length; j++) {
            double[] c = columns[j];
            double wj = w[j];
            for (int u = 0; u < n; u++) {
                index[u] += geometric ? wj * Math.log(Math.max(c[u], floor)) : wj * c[u];
            }
        }
        for (int u = 0; u < n; u++) {
            index[u] = 100 * (geometric ? Math.exp(index[u]) : index[u]);
        }
        return index;
    }

    private static double uniform(SplittableRandom g, double spread) {
        return spread == 0 ? 1 : 1 - spread + 2 * spread * g.nextDouble();
    }
}
