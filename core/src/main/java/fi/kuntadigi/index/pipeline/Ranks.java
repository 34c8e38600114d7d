package fi.kuntadigi.index.pipeline;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Ranks of units by a score, the highest first: 1, 2, 2, 4 for ties (R's {@code rank(-x, ties = "min")}). */
public final class Ranks {

    private Ranks() {
    }

    /** Ranks with the highest score 1; missing scores keep NaN. */
    public static double[] descending(double[] scores) {
        double[] negated = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            negated[i] = -scores[i];
        }
        return new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.MINIMUM).rank(negated);
    }
}
