package fi.kuntadigi.analytics.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void leftoverCentGoesToTheLargestRemainder() {
        assertArrayEquals(new long[] {3, 7}, LargestRemainder.split(10, new long[] {1, 2}));
    }

    @Test
    void tiesGoToTheEarlierPart() {
        assertArrayEquals(new long[] {4, 3, 3}, LargestRemainder.split(10, new long[] {1, 1, 1}));
    }

    @Test
    void partsAlwaysAddUpToTheTotal() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            long total = r.nextLong(0, 10_000_000);
            long[] weights = r.longs(r.nextInt(1, 12), 0, 50_000).toArray();
            weights[0]++;
            assertEquals(total, Arrays.stream(LargestRemainder.split(total, weights)).sum());
        }
    }

    @Test
    void participantsShareSplitByTheApplicationsPopulations() {
        long[] parts = LargestRemainder.split(2_325_000, new long[] {11471, 1666, 1809, 2390, 2146, 1458});
        assertArrayEquals(new long[] {1_273_643, 184_978, 200_856, 265_365, 238_274, 161_884}, parts);
    }
}
