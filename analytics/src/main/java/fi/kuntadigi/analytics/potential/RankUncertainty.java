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
        int[][] ranksByRun = new int[runs][];
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
            ranksByRun[r] = CompositeIndex.ranks(index);
        });
        return intervals(ranksByRun, n);
    }

    private static final int BLOCK = 256;

    /**
     * Each unit's median and 5-95 % ranks over the runs; the runs' rank arrays are read a block of
     * units at a time (cache-friendly transposition), blocks in parallel.
     */
    static Interval[] intervals(int[][] ranksByRun, int n) {
        int runs = ranksByRun.length;
        Interval[] out = new Interval[n];
        IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(b -> {
            int from = b * BLOCK;
            int to = Math.min(n, from + BLOCK);
            int[][] block = new int[to - from][runs];
            for (int r = 0; r < runs; r++) {
                int[] rank = ranksByRun[r];
                for (int u = from; u < to; u++) {
                    block[u - from][r] = rank[u];
                }
            }
            for (int u = from; u < to; u++) {
                int[] sorted = block[u - from];
                java.util.Arrays.sort(sorted);
                out[u] = new Interval(percentileOfSorted(sorted, 0.5), percentileOfSorted(sorted, 0.05),
                        percentileOfSorted(sorted, 0.95));
            }
        });
        return out;
    }

    /** {@link Stats#percentileOfSorted} (type 7) of whole numbers, same arithmetic. */
    static double percentileOfSorted(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return (double) sorted[lo] + (h - lo) * ((double) sorted[hi] - (double) sorted[lo]);
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
