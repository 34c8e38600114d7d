package fi.kuntadigi.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the synthetic municipalities of a national scale: unused three-digit codes, names like
 * "Synteettinen kunta 123" and 2018 populations from a log-normal distribution (median about 6 000,
 * sigma 1.15, as skewed as Finland's: many small municipalities, a few cities), scaled so that they add
 * up exactly to the given total.
 */
final class SyntheticMunicipalities {

    private static final double LOG_MEDIAN = Math.log(6_000);
    private static final double LOG_SIGMA = 1.15;
    private static final int SMALLEST = 200;

    private SyntheticMunicipalities() {
    }

    static List<Municipality> draw(int count, long totalPopulation, Collection<String> takenCodes, long seed) {
        if (count == 0) {
            return List.of();
        }
        SplittableRandom random = Seeds.random(seed, "synthetic-municipalities");
        List<String> codes = freeCodes(count, takenCodes, random);
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = Draws.logNormal(random, LOG_MEDIAN, LOG_SIGMA);
        }
        long[] populations = Apportion.largestRemainder(totalPopulation - (long) SMALLEST * count, weights);
        List<Municipality> municipalities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = codes.get(i);
            municipalities.add(new Municipality(code, "Synteettinen kunta " + code,
                    Math.toIntExact(SMALLEST + populations[i]), null, null, true));
        }
        return municipalities;
    }

    private static List<String> freeCodes(int count, Collection<String> takenCodes, SplittableRandom random) {
        Set<String> used = new HashSet<>(takenCodes);
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            String code = String.format("%03d", random.nextInt(1, 1000));
            if (used.add(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
