package fi.kuntadigi.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fi.kuntadigi.index.method.Ties;
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
}
