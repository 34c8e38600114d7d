package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompositeIndexTest {

    @Test
    void minMaxMapsTheRangeToZeroOne() {
        assertArrayEquals(new double[] {0, 0.5, 1}, Normalisation.apply(new double[] {2, 4, 6}, "min_max"), 1e-12);
    }

    @Test
    void rankGivesTiesTheirAverageRank() {
        assertArrayEquals(new double[] {0.25, 0.25, 1}, Normalisation.apply(new double[] {1, 1, 3}, "rank"), 1e-12);
    }

    @Test
    void zScoreIsClippedAndMapped() {
        // mean 2, population sd sqrt(2/3): z = -1.2247, 0, 1.2247 -> (z + 3) / 6
        assertArrayEquals(new double[] {0.29588, 0.5, 0.70412}, Normalisation.apply(new double[] {1, 2, 3}, "z_score"),
                1e-5);
    }

    @Test
    void distanceToReferenceIsTheShareOfTheLeader() {
        assertArrayEquals(new double[] {0.25, 0.5, 1},
                Normalisation.apply(new double[] {2, 4, 8}, "distance_to_reference"), 1e-12);
    }

    @Test
    void constantIndicatorIsNeutral() {
        assertArrayEquals(new double[] {0.5, 0.5}, Normalisation.apply(new double[] {7, 7}, "min_max"), 1e-12);
    }

    @Test
    void linearAggregationIsTheWeightedSum() {
        assertEquals(50, CompositeIndex.aggregate(new double[] {1, 0}, new double[] {0.5, 0.5}, "linear", 0.01), 1e-12);
    }

    @Test
    void geometricAggregationPenalisesAWeakIndicator() {
        // 100 x 1^0.5 x 0.01^0.5 = 10
        assertEquals(10, CompositeIndex.aggregate(new double[] {1, 0}, new double[] {0.5, 0.5}, "geometric", 0.01),
                1e-9);
    }

    @Test
    void ranksStartFromTheHighestAndBreakTiesByPosition() {
        assertArrayEquals(new int[] {3, 1, 2}, CompositeIndex.ranks(new double[] {10, 80, 80}));
    }

    @Test
    void radixRanksEqualSortAndCountRanks() {
        java.util.SplittableRandom g = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = g.nextInt(1, 3000);
            double[] index = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values in some trials (many ties), negatives, zeros of both signs
                index[i] = switch (trial % 4) {
                    case 0 -> g.nextInt(5) * 12.5;
                    case 1 -> 100 * g.nextDouble();
                    case 2 -> g.nextBoolean() ? -0.0 : g.nextInt(-3, 4) * 1e-300;
                    default -> (g.nextDouble() - 0.5) * Math.pow(10, g.nextInt(-5, 6));
                };
            }
            assertArrayEquals(byComparison(index), CompositeIndex.ranks(index), "trial " + trial);
        }
    }

    /** Rank = values above + equal values at earlier positions + 1, by plain comparison. */
    private static int[] byComparison(double[] index) {
        Integer[] order = new Integer[index.length];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, (a, b) -> index[a] > index[b] ? -1 : index[a] < index[b] ? 1 : Integer.compare(a, b));
        int[] ranks = new int[index.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }
}
