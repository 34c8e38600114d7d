package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BusinessCaseTest {

    @Test
    void netBenefitAndPaybackWorkedOutByHand() {
        // 5 x (1 000 - 500) - 2 000 = 500 €; payback 2 000 / 500 = 4 years
        BusinessCase c = BusinessCase.of(100_000, 200_000, 50_000, 5);
        assertEquals(50_000, c.netBenefitCents());
        assertEquals(4.0, c.paybackYears());
    }

    @Test
    void savingBelowTheLicenceNeverPaysBack() {
        BusinessCase c = BusinessCase.of(40_000, 200_000, 50_000, 5);
        assertEquals(-250_000, c.netBenefitCents());
        assertNull(c.paybackYears());
    }

    @Test
    void sharingTurnsASmallMunicipalitysLossAround() {
        // alone: 5 x (600 - 1 000) - 3 000 < 0; shared (7 % of a 2 000 € licence and 5 000 € one-off): positive
        long saving = 60_000;
        BusinessCase alone = BusinessCase.of(saving, 300_000, 100_000, 5);
        BusinessCase shared = BusinessCase.of(saving, 35_000, 14_000, 5);
        assertEquals(-500_000, alone.netBenefitCents());
        assertEquals(195_000, shared.netBenefitCents());
    }
}
