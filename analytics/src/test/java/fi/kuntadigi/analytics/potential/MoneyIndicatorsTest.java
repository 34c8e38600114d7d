package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MoneyIndicatorsTest {

    /**
     * Non-digital unit cost 412,37 c, target channel 30 c: 382,37 c a transaction, published as 382 c.
     * 100,5 shiftable transactions a year: gross round(38 428,185) = 38 428 c. Shared solution 500,00 € once and
     * 20,00 € a year over 5 years: 5 x (38 428 - 2 000) - 50 000 = 132 140 c, as potential_savings has it
     * (the unrounded saving would give 132 140,925 c).
     */
    @Test
    void moneyIndicatorsAreTheRoundedFiguresOfTheBusinessCase() {
        Saving saving = new Saving(0.5, 0.5, 100.5, 412.37, 30, 38_428, 0, 0);
        BusinessCase shared = BusinessCase.of(saving.grossCents(), 50_000, 2_000, 5);
        PotentialJob.Unit unit = new PotentialJob.Unit(null, null, null, saving, 1_000, 0, 0, 5, 50_000, 2_000,
                shared, shared);

        assertArrayEquals(new long[] {382, 132_140}, PotentialJob.moneyIndicatorCents(unit));
    }
}
