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
                out[u] = interval(block[u - from]);
            }
        });
        return out;
    }

    /**
     * Median, 5 % and 95 % (type 7) of one unit's ranks. Only the order statistics the percentiles
     * interpolate between are put in place (selection, not a full sort); {@code ranks} is reordered.
     */
    static Interval interval(int[] ranks) {
        int n = ranks.length;
        if (n < 16) {
            java.util.Arrays.sort(ranks);
            return new Interval(percentileOfSorted(ranks, 0.5), percentileOfSorted(ranks, 0.05),
                    percentileOfSorted(ranks, 0.95));
        }
        // positions (type 7: h = (n - 1) p, between floor(h) and floor(h) + 1)
        int k50 = (int) Math.floor((n - 1) * 0.5);
        int k05 = (int) Math.floor((n - 1) * 0.05);
        int k95 = (int) Math.floor((n - 1) * 0.95);
        select(ranks, 0, n - 1, k50);
        int next50 = min(ranks, k50 + 1, n - 1);
        select(ranks, 0, k50 - 1, k05);
        int next05 = min(ranks, k05 + 1, k50); // ranks[k50] is at least every value left of it
        select(ranks, k50 + 1, n - 1, k95);
        int next95 = k95 + 1 < n ? min(ranks, k95 + 1, n - 1) : ranks[k95];
        return new Interval(interpolate(ranks[k50], next50, (n - 1) * 0.5, k50),
                interpolate(ranks[k05], next05, (n - 1) * 0.05, k05),
                interpolate(ranks[k95], next95, (n - 1) * 0.95, k95));
    }

    /** The type-7 formula of {@link Stats#percentileOfSorted} with the two order statistics given. */
    private static double interpolate(int lo, int hi, double h, int k) {
        return (double) lo + (h - k) * ((double) hi - (double) lo);
    }

    private static int min(int[] a, int from, int to) {
        int m = a[from];
        for (int i = from + 1; i <= to; i++) {
            m = Math.min(m, a[i]);
        }
        return m;
    }

    /**
     * Puts the k-th smallest of {@code a[lo..hi]} at {@code a[k]}, smaller or equal values before it and
     * larger or equal after it (quickselect, median-of-three pivot; three-way partition for ties).
     */
    static void select(int[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            int x = a[lo];
            int y = a[mid];
            int z = a[hi];
            int pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return;
            }
        }
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
