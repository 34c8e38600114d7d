package fi.kuntadigi.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fi.kuntadigi.index.method.Ties;
import java.util.Random;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void tiesShareTheBestRankByDefault() {
        assertArrayEquals(new double[] {4, 1, 2, 2}, Ranks.descending(new double[] {10, 90, 80, 80}));
    }

    @Test
    void tiesFirstAreRankedInUnitOrder() {
        assertArrayEquals(new double[] {4, 1, 2, 3}, Ranks.descending(new double[] {10, 90, 80, 80}, Ties.FIRST));
    }

    @Test
    void aMissingScoreStaysMissing() {
        assertArrayEquals(new double[] {1, Double.NaN, 2}, Ranks.descending(new double[] {5, Double.NaN, 3}, Ties.FIRST));
    }

    @Test
    void negativeScoresRankBelowZeroAndMinusZeroBelowZero() {
        assertArrayEquals(new double[] {3, 1, 4, 2}, Ranks.descending(new double[] {-0.0, 2, -1, 0.0}));
    }

    /** The radix ranks are Commons Math's comparison ranks (negated scores, NaNs fixed), ties and all. */
    @Test
    void ranksEqualCommonsMathsNaturalRankingOnScoresWithTiesZerosAndGaps() {
        Random random = new Random(7);
        double[] specials = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300};
        for (int trial = 0; trial < 20; trial++) {
            double[] scores = new double[1 + random.nextInt(3000)];
            for (int u = 0; u < scores.length; u++) {
                int kind = random.nextInt(10);
                scores[u] = kind == 0 ? specials[random.nextInt(specials.length)]
                        : kind < 4 ? random.nextInt(20) - 5 // many ties
                        : random.nextGaussian() * 1e3;
            }
            for (Ties ties : Ties.values()) {
                assertArrayEquals(commonsMath(scores, ties), Ranks.descending(scores, ties), "trial " + trial + ", " + ties);
            }
        }
    }

    private static double[] commonsMath(double[] scores, Ties ties) {
        double[] negated = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            negated[i] = -scores[i];
        }
        TiesStrategy strategy = ties == Ties.MIN ? TiesStrategy.MINIMUM : TiesStrategy.SEQUENTIAL;
        return new NaturalRanking(NaNStrategy.FIXED, strategy).rank(negated);
    }
}
