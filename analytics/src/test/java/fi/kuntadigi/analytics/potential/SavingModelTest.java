package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.config.PotentialSettings;
import org.junit.jupiter.api.Test;

class SavingModelTest {

    static final PotentialSettings SETTINGS = AnalyticsConfig.defaults().potential();
    /** 100 transactions, 20 digital; 10 min and 5 € per non-digital one, 0.5 min per digital one. */
    static final ServiceYear YEAR = new ServiceYear("214", "rakennuslupa", 2021, 100, 20, 800, 10, 40_000, 600);

    @Test
    void shiftableVolumeStopsAtTheReadinessCeiling() {
        // ceiling 0.6 x 100 = 60 digital, 20 already: 40 move
        Saving s = SavingModel.compute(YEAR, 0.6, 30, 0.5, SETTINGS);
        assertEquals(0.6, s.ceiling(), 1e-12);
        assertEquals(40, s.shiftable(), 1e-12);
    }

    @Test
    void grossSavingIsShiftedTimesUnitCostDifference() {
        // 40 x (500 - 30) = 18 800 cents
        assertEquals(18_800, SavingModel.compute(YEAR, 0.6, 30, 0.5, SETTINGS).grossCents());
    }

    @Test
    void personYearsFromSavedMinutes() {
        // 40 x (10 - 0.5) = 380 min; / 60 / 1 600 h
        Saving s = SavingModel.compute(YEAR, 0.6, 30, 0.5, SETTINGS);
        assertEquals(380, s.savedMinutes(), 1e-9);
        assertEquals(380 / 60.0 / 1600, s.personYears(), 1e-12);
    }

    @Test
    void ceilingIsCappedByTheConfiguredMaximum() {
        // readiness 1.0 -> ceiling 0.9: 90 - 20 = 70 move
        assertEquals(70, SavingModel.compute(YEAR, 1.0, 30, 0.5, SETTINGS).shiftable(), 1e-12);
    }

    @Test
    void nothingMovesWhenTakeUpIsAlreadyAboveTheCeiling() {
        assertEquals(0, SavingModel.compute(YEAR, 0.1, 30, 0.5, SETTINGS).grossCents());
    }
}
