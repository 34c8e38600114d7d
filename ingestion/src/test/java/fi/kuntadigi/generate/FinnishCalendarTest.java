package fi.kuntadigi.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinnishCalendarTest {

    @Test
    void ascensionDay2021IsNotAWorkingDay() {
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2021, 5, 13)));
    }

    @Test
    void midsummerEve2021IsNotAWorkingDay() {
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2021, 6, 25)));
    }

    @Test
    void easter2021FellOnFourthOfApril() {
        assertEquals(LocalDate.of(2021, 4, 4), FinnishCalendar.easterSunday(2021));
    }

    @Test
    void threeWorkingDaysFromWednesdayBeforeAscensionEndOnMonday() {
        // Wed 12.5.2021 + Fri 14.5. (Thu is Ascension Day), Mon 17.5., Tue 18.5.
        assertEquals(LocalDate.of(2021, 5, 18), FinnishCalendar.plusWorkingDays(LocalDate.of(2021, 5, 12), 3));
    }
}
