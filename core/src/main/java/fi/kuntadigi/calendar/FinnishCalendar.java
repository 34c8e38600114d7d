package fi.kuntadigi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finnish public holidays and working days. Working days are Monday to Friday that are not a
 * public holiday nor Midsummer Eve or Christmas Eve (de-facto holidays of municipal offices).
 * Fixed: New Year's Day, Epiphany, May Day, Independence Day, Christmas Eve, Christmas Day, St Stephen's
 * Day. Moving: Good Friday, Easter Sunday, Easter Monday, Ascension Day (Easter + 39), Whit Sunday
 * (Easter + 49), Midsummer Eve (Friday 19-25 June), Midsummer Day (Saturday 20-26 June), All Saints'
 * Day (Saturday 31 October - 6 November).
 */
public final class FinnishCalendar {

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Uudenvuodenpäivä", MonthDay.of(1, 6), "Loppiainen", MonthDay.of(5, 1), "Vappu",
            MonthDay.of(12, 6), "Itsenäisyyspäivä", MonthDay.of(12, 24), "Jouluaatto", MonthDay.of(12, 25), "Joulupäivä",
            MonthDay.of(12, 26), "Tapaninpäivä");

    private FinnishCalendar() {
    }

    /** Finland's time zone: the day and time in which Finnish municipalities' data and people live. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    /** Today in Finland. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Every holiday of a year with its Finnish name, in date order. */
    public static Map<LocalDate, String> holidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        FIXED.forEach((md, name) -> days.put(md.atYear(year), name));
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Pitkäperjantai");
        days.put(easter, "Pääsiäispäivä");
        days.put(easter.plusDays(1), "2. pääsiäispäivä");
        days.put(easter.plusDays(39), "Helatorstai");
        days.put(easter.plusDays(49), "Helluntaipäivä");
        LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.put(midsummerEve, "Juhannusaatto");
        days.put(midsummerEve.plusDays(1), "Juhannuspäivä");
        days.put(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), "Pyhäinpäivä");
        return days;
    }

    public static boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).containsKey(day);
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /**
     * Working days from {@code from} to {@code to}: the working days after the day of arrival up to and
     * including the day of the answer. An answer on the day of arrival is 0 days; Friday to Monday is 1.
     */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("answer " + to + " before arrival " + from);
        }
        int count = 0;
        Set<LocalDate> holidays = null;
        int holidayYear = -1;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getYear() != holidayYear) {
                holidayYear = d.getYear();
                holidays = holidays(holidayYear).keySet();
            }
            DayOfWeek w = d.getDayOfWeek();
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                count++;
            }
        }
        return count;
    }

    /** The day after {@code days} working days from {@code day}; 0 gives {@code day} itself. */
    public static LocalDate plusWorkingDays(LocalDate day, int days) {
        LocalDate result = day;
        for (int counted = 0; counted < days; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    public static int workingDaysBetween(LocalDateTime from, LocalDateTime to) {
        return workingDaysBetween(from.toLocalDate(), to.toLocalDate());
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
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
