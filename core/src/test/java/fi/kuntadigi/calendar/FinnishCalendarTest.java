package fi.kuntadigi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FinnishCalendarTest {

    @Test
    void easterSundayOfKnownYears() {
        assertEquals(LocalDate.of(2021, 4, 4), FinnishCalendar.easterSunday(2021));
        assertEquals(LocalDate.of(2024, 3, 31), FinnishCalendar.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), FinnishCalendar.easterSunday(2025));
    }

    @Test
    void movingHolidaysOf2021() {
        var h = FinnishCalendar.holidays(2021);
        assertEquals("Pitkäperjantai", h.get(LocalDate.of(2021, 4, 2)));
        assertEquals("2. pääsiäispäivä", h.get(LocalDate.of(2021, 4, 5)));
        assertEquals("Helatorstai", h.get(LocalDate.of(2021, 5, 13)));
        assertEquals("Juhannusaatto", h.get(LocalDate.of(2021, 6, 25)));
        assertEquals("Juhannuspäivä", h.get(LocalDate.of(2021, 6, 26)));
        assertEquals("Pyhäinpäivä", h.get(LocalDate.of(2021, 11, 6)));
    }

    @Test
    void fixedHolidaysAreNotWorkingDays() {
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2021, 12, 6)));
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2021, 12, 24)));
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 1, 6)));
        assertTrue(FinnishCalendar.isWorkingDay(LocalDate.of(2021, 12, 7)));
    }

    @Test
    void answerOnTheSameDayIsZeroWorkingDays() {
        assertEquals(0, FinnishCalendar.workingDaysBetween(LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 6)));
    }

    @Test
    void fridayToMondayIsOneWorkingDay() {
        assertEquals(1, FinnishCalendar.workingDaysBetween(LocalDate.of(2021, 4, 9), LocalDate.of(2021, 4, 12)));
    }

    @Test
    void easterWeekendCountsOnlyTuesday() {
        // Thu 1.4.2021 -> Tue 6.4.2021: Good Friday, weekend and Easter Monday are not working days
        assertEquals(1, FinnishCalendar.workingDaysBetween(LocalDateTime.of(2021, 4, 1, 15, 0),
                LocalDateTime.of(2021, 4, 6, 9, 0)));
    }

    @Test
    void midsummerWeekIsShort() {
        // Wed 23.6.2021 -> Tue 29.6.2021: Thu 24, Mon 28, Tue 29 (Midsummer Eve Fri 25.6 excluded)
        assertEquals(3, FinnishCalendar.workingDaysBetween(LocalDate.of(2021, 6, 23), LocalDate.of(2021, 6, 29)));
    }

    @Test
    void threeWorkingDaysFromWednesdayBeforeAscensionEndOnTuesday() {
        // Wed 12.5.2021 + Fri 14.5. (Thu is Ascension Day), Mon 17.5., Tue 18.5.
        assertEquals(LocalDate.of(2021, 5, 18), FinnishCalendar.plusWorkingDays(LocalDate.of(2021, 5, 12), 3));
    }
}
