package fi.kuntadigi.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded selections of exact size: which {@code k} of {@code n} items get a property. */
final class Shuffle {

    private Shuffle() {
    }

    /** Marks exactly {@code k} of {@code n} positions, uniformly at random. */
    static boolean[] pick(int n, int k, SplittableRandom random) {
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        return pickWeighted(weights, k, random);
    }

    /**
     * Marks exactly {@code k} positions, the chance of each growing with its weight (weighted sampling
     * without replacement, Efraimidis-Spirakis keys).
     */
    static boolean[] pickWeighted(double[] weights, int k, SplittableRandom random) {
        int n = weights.length;
        double[] keys = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Math.pow(random.nextDouble(), 1.0 / weights[i]);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(keys[b], keys[a]));
        boolean[] picked = new boolean[n];
        for (int i = 0; i < Math.min(k, n); i++) {
            picked[order[i]] = true;
        }
        return picked;
    }
}
