package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimCheckTest {

    @Test
    void withinTheRangeIsSupported() {
        assertEquals("supported", ClaimCheck.of(1.5, 1, 2).verdict());
    }

    @Test
    void aboveTheRangeIsExceeded() {
        assertEquals("exceeded", ClaimCheck.of(2.5, 1, 2).verdict());
    }

    @Test
    void halfTheLowerEndIsPartly() {
        assertEquals("partly", ClaimCheck.of(0.5, 1, 2).verdict());
    }

    @Test
    void farBelowIsNotSupportedAndSaysSoInFinnish() {
        ClaimCheck c = ClaimCheck.of(0.22, 1, 2);
        assertEquals("not_supported", c.verdict());
        assertTrue(c.reasonFi().contains("0,22 henkilötyövuotta"), c.reasonFi());
    }
}
