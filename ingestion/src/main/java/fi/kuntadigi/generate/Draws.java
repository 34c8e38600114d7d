package fi.kuntadigi.generate;

import java.util.SplittableRandom;

/** Random draws the generators share: normal, Poisson and log-normal variates from a seeded stream. */
final class Draws {

    private Draws() {
    }

    /** Standard normal variate (Box-Muller). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Poisson count with the given mean; a normal approximation above 40. */
    static long poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Log-normal variate with the given parameters of the underlying normal. */
    static double logNormal(SplittableRandom random, double mu, double sigma) {
        return Math.exp(mu + sigma * gaussian(random));
    }

    /** Integer between the bounds, both included. */
    static int between(SplittableRandom random, int lowest, int highest) {
        return random.nextInt(lowest, highest + 1);
    }
}
