package fi.kuntadigi.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void partsAddUpExactlyWithLargestRemaindersRoundedUp() {
        // 10 x (1/3, 1/3, 1/3) = 3.33 each; the one left over goes to the first part.
        assertArrayEquals(new long[] {4, 3, 3}, Apportion.largestRemainder(10, new double[] {1, 1, 1}));
    }
}
