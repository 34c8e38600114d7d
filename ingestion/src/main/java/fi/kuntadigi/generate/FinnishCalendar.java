package fi.kuntadigi.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/**
 * Finnish working days: Monday to Friday except the public holidays and the de-facto holidays of
 * Midsummer Eve and Christmas Eve (e.g. Ascension Day 13.5.2021, Midsummer Eve 25.6.2021).
 */
final class FinnishCalendar {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
            MonthDay.of(12, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private FinnishCalendar() {
    }

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    static boolean isHoliday(LocalDate day) {
        return FIXED.contains(MonthDay.from(day)) || movableHolidays(day.getYear()).contains(day);
    }

    /** The day after {@code days} working days from {@code day}; 0 gives {@code day} itself. */
    static LocalDate plusWorkingDays(LocalDate day, int days) {
        LocalDate result = day;
        for (int counted = 0; counted < days; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static Set<LocalDate> movableHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new HashSet<>();
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        LocalDate midsummerEve = LocalDate.of(year, 6, 19);
        while (midsummerEve.getDayOfWeek() != DayOfWeek.FRIDAY) {
            midsummerEve = midsummerEve.plusDays(1);
        }
        days.add(midsummerEve);
        days.add(midsummerEve.plusDays(1));
        return days;
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
