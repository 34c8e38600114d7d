package fi.kuntadigi.analytics.surveys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuestionDisclosureTest {

    /** Two municipalities x two age bands x yes (index 1) / no (index 0). */
    private static QuestionDisclosure.Published decide(long[][][] counts) {
        return new QuestionDisclosure(counts, v -> v == 1, 5).decide();
    }

    @Test
    void aSmallBandWithholdsTheWholeRowOfBands() {
        // municipality 0: young 3 (1 yes, 2 no), old 20 (10 / 10); municipality 1: 30 and 30
        QuestionDisclosure.Published p = decide(new long[][][] {{{2, 1}, {10, 10}}, {{15, 15}, {15, 15}}});
        assertFalse(p.count()[0][0]);
        assertFalse(p.count()[0][1], "the old band would give the young one by subtraction from the total");
    }

    @Test
    void aWithheldRowIsProtectedByAComplementaryRow() {
        // with only municipality 0's bands withheld, region band - municipality 1's band = municipality 0's band
        QuestionDisclosure.Published p = decide(new long[][][] {{{2, 1}, {10, 10}}, {{15, 15}, {15, 15}}});
        assertFalse(p.count()[1][0] && p.count()[1][1] && p.count()[2][0] && p.count()[2][1],
                "a band of municipality 1 or of the region must be withheld too");
    }

    @Test
    void aSmallPositiveCountWithholdsTheShare() {
        // municipality 0: 1 yes of 20 in each band, 2 of 40 over all ages: no share of it may be published
        QuestionDisclosure.Published p = decide(new long[][][] {{{19, 1}, {19, 1}}, {{15, 15}, {15, 15}}});
        assertFalse(p.share()[0][0] || p.share()[0][1] || p.share()[0][2]);
    }

    @Test
    void largeGroupsArePublishedWhole() {
        QuestionDisclosure.Published p = decide(new long[][][] {{{10, 10}, {10, 10}}, {{15, 15}, {15, 15}}});
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertTrue(p.count()[a][b] && p.share()[a][b], a + "/" + b);
            }
            assertTrue(p.distribution()[a][0] && p.distribution()[a][1]);
        }
    }
}
