package fi.kuntadigi.index.pipeline;

import fi.kuntadigi.index.method.Ties;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Ranks of units by a score, the highest first. */
public final class Ranks {

    private Ranks() {
    }

    /** Ranks with the highest score 1, ties sharing the best rank; missing scores keep NaN. */
    public static double[] descending(double[] scores) {
        return descending(scores, Ties.MIN);
    }

    /** Ranks with the highest score 1, ties as given; missing scores keep NaN. */
    public static double[] descending(double[] scores, Ties ties) {
        double[] negated = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            negated[i] = -scores[i];
        }
        TiesStrategy strategy = ties == Ties.MIN ? TiesStrategy.MINIMUM : TiesStrategy.SEQUENTIAL;
        return new NaturalRanking(NaNStrategy.FIXED, strategy).rank(negated);
    }
}
